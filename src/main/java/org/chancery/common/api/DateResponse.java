package org.chancery.common.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chancery.common.DatePrecision;
import java.time.LocalDate;

import org.chancery.common.UncertainDate;

/**
 * An uncertain date as the API writes it: {@code edtf} is the value as recorded (ISO 8601-2,
 * such as {@code 2025-11} or {@code 2026-22/2026-23~}); earliest and latest bound it. Nothing
 * is made up to fill it: November 2025 is never served as its first day.
 */
public record DateResponse(String edtf, LocalDate earliest, LocalDate latest, @Schema(implementation = DatePrecision.class) String precision, boolean approximate) {

    public static DateResponse from(UncertainDate date) {
        return new DateResponse(date.toEdtf(), date.earliest(), date.latest(), date.precision().name(), date.approximate());
    }
}
