package org.chancery.common.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of a list ended, so the next can start after it: the listing (and order) it
 * was made for, the sort key of the last item as text, and that item's id. Clients get it
 * as an opaque string and hand it back; a string this server did not make, or made for
 * another listing or order, is refused rather than guessed at.
 */
public record PageCursor(String listing, String key, long id) {

    private static final String FORMAT = "k1";
    private static final char SEPARATOR = '|';

    public PageCursor {
        if (listing.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a listing's name holds no " + SEPARATOR);
        }
    }

    public String encode() {
        String plain = FORMAT + SEPARATOR + listing + SEPARATOR + key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException if the text is not a cursor made here for {@code listing}
     */
    public static PageCursor decode(String text, String listing) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        String prefix = FORMAT + SEPARATOR + listing + SEPARATOR;
        int lastSeparator = plain.lastIndexOf(SEPARATOR);
        if (!plain.startsWith(prefix) || lastSeparator < prefix.length() - 1) {
            throw new IllegalArgumentException("not a cursor of " + listing);
        }
        try {
            long id = Long.parseLong(plain.substring(lastSeparator + 1));
            return new PageCursor(listing, plain.substring(prefix.length(), lastSeparator), id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of " + listing, e);
        }
    }
}
