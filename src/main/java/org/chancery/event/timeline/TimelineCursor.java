package org.chancery.event.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the timeline ends, so the next can start after it. Clients get it as an
 * opaque string and hand it back; a string that was not made here is refused rather than
 * guessed at. A cursor knows which order it was made for: by date (newest or oldest first)
 * or by change time (for sync).
 */
public sealed interface TimelineCursor {

    String encode();

    /** After the entry with this (earliest day, id), in the given order. */
    record ByDate(LocalDate earliest, long id, TimelineOrder order) implements TimelineCursor {

        @Override
        public String encode() {
            return TimelineCursor.encode((order == TimelineOrder.NEWEST_FIRST ? "d" : "a") + ":" + earliest + ":" + id);
        }
    }

    /** After the change with this (transaction, id), in change order (see ChangeHorizon). */
    record ByChange(long changeXid, long id) implements TimelineCursor {

        @Override
        public String encode() {
            return TimelineCursor.encode("x:" + changeXid + ":" + id);
        }
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("t2:" + plain).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException if the text is not a cursor this application made */
    static TimelineCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !parts[0].equals("t2")) {
                throw new IllegalArgumentException("not a timeline cursor");
            }
            String rest = parts[2];
            int lastColon = rest.lastIndexOf(':');
            if (lastColon < 0) {
                throw new IllegalArgumentException("not a timeline cursor");
            }
            String position = rest.substring(0, lastColon);
            long id = Long.parseLong(rest.substring(lastColon + 1));
            return switch (parts[1]) {
                case "d" -> new ByDate(LocalDate.parse(position), id, TimelineOrder.NEWEST_FIRST);
                case "a" -> new ByDate(LocalDate.parse(position), id, TimelineOrder.OLDEST_FIRST);
                case "x" -> new ByChange(Long.parseLong(position), id);
                default -> throw new IllegalArgumentException("not a timeline cursor");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a timeline cursor", e);
        }
    }
}
