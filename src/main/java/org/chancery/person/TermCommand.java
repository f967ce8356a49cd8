package org.chancery.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** Who held an office, from when to when; an unknown bound is left out and read as open. */
public record TermCommand(@NotNull Long personId, @Nullable LocalDate from, @Nullable LocalDate to) {
}
