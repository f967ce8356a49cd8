package org.chancery.common.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The form that deletes a record: why (kept in its history and shown to whoever finds it
 * gone) and the version it was looked at, so a record changed meanwhile is not deleted
 * unseen. The page is {@code record/delete}.
 */
public record DeletionForm(@NotNull @Nullable Long version,
        @NotBlank(message = "{deletion.reason.required}") @Size(max = 1000, message = "{deletion.reason.size}")
        @Nullable String reason) {

    public static final String ATTRIBUTE = "deletionForm";

    public static DeletionForm of(long version) {
        return new DeletionForm(version, null);
    }
}
