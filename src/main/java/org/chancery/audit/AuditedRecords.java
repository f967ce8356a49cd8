package org.chancery.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.RecordGoneException;
import org.chancery.common.NotFoundException;
import org.chancery.common.SoftDeletableEntity;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What every write of a soft-deletable record goes through, whatever its feature: the record
 * is found live (not found, or gone when deleted), checked against the version the change
 * was made on, saved, and entered in the change log with its form before and after, all in
 * the caller's transaction. A feature's service keeps one and adds its own rules around it.
 *
 * @param <E> the entity
 * @param <F> its write form (the command), which is what the history keeps of each version
 */
public final class AuditedRecords<E extends SoftDeletableEntity, F> {

    private final String resource;
    private final String kind;
    private final Function<Long, Optional<E>> finder;
    private final UnaryOperator<E> saver;
    private final Function<E, F> form;
    private final ChangeLog changeLog;
    private final Clock clock;

    /**
     * @param resource the change log's name for these records, such as {@code sources}
     * @param kind     what one of them is called in messages, such as {@code source}
     * @param saver    saves and flushes, so that the version logged is the one written
     */
    public AuditedRecords(String resource, String kind, Function<Long, Optional<E>> finder, UnaryOperator<E> saver,
            Function<E, F> form, ChangeLog changeLog, Clock clock) {
        this.resource = resource;
        this.kind = kind;
        this.finder = finder;
        this.saver = saver;
        this.form = form;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException if there never was such a record
     * @throws RecordGoneException     if it was deleted
     */
    public E live(long id) {
        E entity = any(id);
        if (entity.isDeleted()) {
            throw new RecordGoneException(kind, id, entity.getDeletedAt(), entity.getDeletionReason());
        }
        return entity;
    }

    /** The live record, provided it is still at the version the change was made against. */
    public E live(long id, ExpectedVersion expected) {
        E entity = live(id);
        expected.check(entity.getVersion());
        return entity;
    }

    /** The record as its write form: what a merge patch applies to. */
    public F formOf(E entity) {
        return form.apply(entity);
    }

    public E create(E entity) {
        E saved = saver.apply(entity);
        log(saved, ChangeAction.CREATED, null, null);
        return saved;
    }

    /** Applies {@code change} to the live record at the expected version and logs what it changed. */
    public E update(long id, ExpectedVersion expected, Consumer<E> change) {
        E entity = live(id, expected);
        F before = form.apply(entity);
        change.accept(entity);
        E saved = saver.apply(entity);
        log(saved, ChangeAction.UPDATED, before, null);
        return saved;
    }

    /** Marks a live record deleted, with who, when and why. */
    public void delete(E entity, String reason) {
        F before = form.apply(entity);
        entity.markDeleted(ChangeLog.currentActor(), reason, clock.instant());
        log(saver.apply(entity), ChangeAction.DELETED, before, reason);
    }

    public E restore(long id) {
        E entity = any(id);
        entity.restore();
        E saved = saver.apply(entity);
        log(saved, ChangeAction.RESTORED, form.apply(saved), null);
        return saved;
    }

    /** The record's history, oldest first, whether it is deleted or not. */
    public List<ChangeLog.ChangeEntry> history(long id) {
        any(id);
        return changeLog.historyOf(resource, id);
    }

    /**
     * The record's form as it stood at {@code version}, as the history kept it.
     *
     * @throws NotFoundException if the history holds no such version of the record
     */
    public JsonNode formAt(long id, long version) {
        return ChangeLog.snapshotAt(history(id), version)
                .orElseThrow(() -> NotFoundException.because("The " + kind + " " + id + " has no version " + version + "."));
    }

    private E any(long id) {
        return finder.apply(id).orElseThrow(() -> NotFoundException.forId(kind, id));
    }

    private void log(E saved, ChangeAction action, @Nullable F before, @Nullable String reason) {
        Long id = Objects.requireNonNull(saved.getId(), "a saved record has an id");
        changeLog.record(resource, id, action, before, form.apply(saved), saved.getVersion(), reason);
    }
}
