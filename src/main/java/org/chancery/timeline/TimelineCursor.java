package org.chancery.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the timeline ends: the sort key (earliest day, id) of its last entry.
 * Clients get it as an opaque string and hand it back for the next page; a string that was
 * not made here is refused rather than guessed at.
 */
public record TimelineCursor(LocalDate earliest, long id) {

    private static final String PREFIX = "t1:";

    public String encode() {
        String plain = PREFIX + earliest + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException if the text is not a cursor this application made */
    public static TimelineCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a timeline cursor");
            }
            String[] parts = plain.substring(PREFIX.length()).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a timeline cursor");
            }
            return new TimelineCursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a timeline cursor", e);
        }
    }
}
