package org.chancery.audit.api;

import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.VersionedResponse;
import org.chancery.common.api.Versions;

import org.chancery.common.MergePatch;

import java.util.List;

import jakarta.validation.Valid;

import org.chancery.audit.AuditedWrites;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.SoftDeletableEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;

/**
 * The endpoints every audited, softly deleted record has under its resource's path, the same
 * for events, sources, institutions and persons: read one (its version as ETag, 304 for an
 * If-None-Match that names it, 410 once deleted), create (201 with Location), replace (PUT),
 * merge patch, delete with a reason, restore (admins) and history. Writes to an existing
 * record take If-Match. A resource's controller extends this, names its path with
 * {@link ApiController}, and adds its list and anything of its own.
 *
 * @param <E> the entity
 * @param <C> its write form
 * @param <R> its representation
 */
public abstract class AuditedRecordController<E extends SoftDeletableEntity, C, R extends VersionedResponse> {

    private final AuditedWrites<E, C> writes;
    private final String kind;

    /** @param kind what one record is called in messages, such as {@code source} */
    protected AuditedRecordController(AuditedWrites<E, C> writes, String kind) {
        this.writes = writes;
        this.kind = kind;
    }

    /** The live record as the API serves it. */
    protected abstract R read(long id);

    @GetMapping("/{id}")
    public ResponseEntity<R> get(@PathVariable long id, WebRequest request) {
        return Versions.conditional(request, Versions.etag(writes.live(id).getVersion()), () -> read(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> create(@Valid @RequestBody C command) {
        long id = writes.create(command).savedId();
        R created = read(id);
        return Versions.created(created, created.version(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> replace(@PathVariable long id, ExpectedVersion expected, @Valid @RequestBody C command) {
        writes.replace(id, expected, command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    public ResponseEntity<R> patch(@PathVariable long id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        writes.patch(id, expected, patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        writes.delete(id, expected, DeletionReasons.required(reason, kind));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    public ResponseEntity<R> restore(@PathVariable long id) {
        writes.restore(id);
        return current(id);
    }

    /** Admins: the version the history kept at {@code version} replaces the live record, as a new version. */
    @PostMapping("/{id}/versions/{version}/restore")
    public ResponseEntity<R> revert(@PathVariable long id, @PathVariable long version) {
        writes.revert(id, version);
        return current(id);
    }

    @GetMapping("/{id}/history")
    public List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return writes.history(id);
    }

    private ResponseEntity<R> current(long id) {
        R record = read(id);
        return Versions.current(record, record.version());
    }
}
