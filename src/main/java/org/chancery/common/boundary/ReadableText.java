package org.chancery.common.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text the application takes from a request: UTF-8 that decodes without loss, no NUL or
 * other control character (tab and line breaks excepted), no lone surrogate and no U+FFFD,
 * which is what a decoder puts where bytes could not be read. PostgreSQL stores none of these
 * either, so letting them through only moves the failure to the database.
 */
public final class ReadableText {

    private ReadableText() {
    }

    /** Why this text is refused, in words for the caller, if it is. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("contains a NUL character");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return Optional.of("contains a control character");
            }
            if (c == '\uFFFD') {
                return Optional.of("contains bytes that are not UTF-8");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains a lone surrogate, which is not a character");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains a lone surrogate, which is not a character");
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes one percent-encoded part of a query string ({@code +} is a space), refusing
     * malformed escapes and bytes that are not UTF-8 instead of replacing them.
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static String decodeQueryPart(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("has a % that starts no escape");
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("has a % that starts no escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("contains bytes that are not UTF-8");
        }
    }
}
