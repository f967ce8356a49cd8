package org.chancery.person.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Who held an office from when to when; an unknown bound is null, and read as open. */
public record TermResponse(long id, long officeId, long personId, @Nullable LocalDate from, @Nullable LocalDate to) {
}
