package org.chancery.common.web;

import java.time.Instant;

import org.chancery.common.RecordGoneException;
import org.jspecify.annotations.Nullable;

/**
 * What the page of a deleted record ({@value #VIEW}, answered 410) says of it: what it was,
 * where known, when it was deleted and why. Admins find there the button that restores it.
 */
public record DeletedRecord(@Nullable String what, @Nullable Instant at, @Nullable String reason) {

    public static final String ATTRIBUTE = "deleted";
    public static final String VIEW = "record/gone";

    /** From the refusal of a service asked for the record: when and why, but not what it was. */
    public static DeletedRecord of(RecordGoneException gone) {
        return new DeletedRecord(null, gone.deletedAt(), gone.reason());
    }
}
