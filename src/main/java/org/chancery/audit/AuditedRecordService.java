package org.chancery.audit;

import java.util.List;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.StaleVersionException;
import org.chancery.common.ThreeWayMerge;
import org.chancery.common.MergePatch;
import org.chancery.common.SoftDeletableEntity;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * The part of an audited record's writes that is the same for every kind: a merge patch is
 * applied to the record's current form and then written as a replacement; restoring, reading
 * the live record and its history go straight through {@link AuditedRecords}. A feature's
 * service adds what is its own: how a record is created, replaced and (with what refusals)
 * deleted.
 *
 * @param <E> the entity
 * @param <C> its write form
 */
@Transactional
public abstract class AuditedRecordService<E extends SoftDeletableEntity, C> implements AuditedWrites<E, C> {

    private final AuditedRecords<E, C> records;
    private final MergePatch mergePatch;
    private final Class<C> form;

    protected AuditedRecordService(AuditedRecords<E, C> records, MergePatch mergePatch, Class<C> form) {
        this.records = records;
        this.mergePatch = mergePatch;
        this.form = form;
    }

    protected AuditedRecords<E, C> records() {
        return records;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to the record's current form, then replaces it. A
     * patch made on an earlier version still applies when none of the fields it sets has changed
     * since that version (a three-way merge: the other changes are kept); otherwise it is stale.
     */
    @Override
    public E patch(long id, ExpectedVersion expected, JsonNode patch) {
        E current = records.live(id);
        if (!expected.allows(current.getVersion())) {
            refuseUnlessUntouchedSince(id, expected, current, patch);
        }
        C patched = mergePatch.apply(records.formOf(current), patch, form);
        return replace(id, ExpectedVersion.of(current.getVersion()), patched);
    }

    /** @throws StaleVersionException unless every field the patch sets stands as at the version it was made on */
    private void refuseUnlessUntouchedSince(long id, ExpectedVersion expected, E current, JsonNode patch) {
        StaleVersionException stale = new StaleVersionException(current.getVersion());
        long base = expected.latestBefore(current.getVersion()).orElseThrow(() -> stale);
        JsonNode then = ChangeLog.snapshotAt(records.history(id), base).orElseThrow(() -> stale);
        JsonNode now = mergePatch.tree(records.formOf(current));
        if (!patch.isObject() || patch.propertyNames().stream().anyMatch(field -> !ThreeWayMerge.unchanged(then, now, field))) {
            throw stale;
        }
    }

    @Override
    public E restore(long id) {
        return records.restore(id);
    }

    /**
     * Puts an earlier version back: the record's form as the history kept it at {@code version}
     * replaces the live record (checked like any replacement), as a new version of its own.
     */
    @Override
    public E revert(long id, long version) {
        C earlier = mergePatch.read(records.formAt(id, version), form);
        return replace(id, ExpectedVersion.of(records.live(id).getVersion()), earlier);
    }

    @Override
    @Transactional(readOnly = true)
    public E live(long id) {
        return records.live(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Current<C> current(long id) {
        E record = records.live(id);
        return new Current<>(records.formOf(record), record.getVersion());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChangeLog.ChangeEntry> history(long id) {
        return records.history(id);
    }

    /** A record's write form at its version. */
    public record Current<C>(C form, long version) {
    }
}
