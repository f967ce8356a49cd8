package org.chancery.common;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

/**
 * A record that is never really deleted: it is marked deleted, with when, by whom and why,
 * so that scripts syncing the record learn of it and an admin can restore it.
 */
@MappedSuperclass
public abstract class SoftDeletableEntity extends VersionedEntity {

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    @Column(name = "deletion_reason")
    private @Nullable String deletionReason;

    /** @throws RuleViolationException if it is already deleted or no reason is given */
    public void markDeleted(String actor, @Nullable String reason, Instant at) {
        if (isDeleted()) {
            throw new RuleViolationException("already-deleted", "This record is already deleted.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("deletion-needs-reason", "Say why the record is deleted.");
        }
        this.deletedAt = Objects.requireNonNull(at, "at");
        this.deletedBy = Objects.requireNonNull(actor, "actor");
        this.deletionReason = reason.strip();
    }

    /** @throws RuleViolationException if it is not deleted */
    public void restore() {
        if (!isDeleted()) {
            throw new RuleViolationException("not-deleted", "This record is not deleted.");
        }
        this.deletedAt = null;
        this.deletedBy = null;
        this.deletionReason = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    public @Nullable String getDeletionReason() {
        return deletionReason;
    }
}
