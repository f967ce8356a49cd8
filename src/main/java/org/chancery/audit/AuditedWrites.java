package org.chancery.audit;

import java.util.List;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.RecordGoneException;
import org.chancery.common.NotFoundException;
import org.chancery.common.SoftDeletableEntity;

import tools.jackson.databind.JsonNode;

/**
 * The writes of a kind of record that is deleted softly, each one checked against the version
 * it was made on and entered in the change log (through {@link AuditedRecords}).
 *
 * @param <E> the entity
 * @param <C> its write form
 */
public interface AuditedWrites<E extends SoftDeletableEntity, C> {

    E create(C command);

    E replace(long id, ExpectedVersion expected, C command);

    /** Applies a JSON merge patch (RFC 7396) to the record's current form, then replaces it. */
    E patch(long id, ExpectedVersion expected, JsonNode patch);

    void delete(long id, ExpectedVersion expected, String reason);

    E restore(long id);

    /** Puts the version the history kept at {@code version} back in place, as a new version. */
    E revert(long id, long version);

    /**
     * @throws NotFoundException if there never was such a record
     * @throws RecordGoneException     if it was deleted
     */
    E live(long id);

    /** The live record in its write form, with its version: what an edit form starts from. */
    AuditedRecordService.Current<C> current(long id);

    List<ChangeLog.ChangeEntry> history(long id);
}
