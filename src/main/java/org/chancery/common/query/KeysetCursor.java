package org.chancery.common.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a keyset page ends: the sort keys of its last row, under the name of the order they
 * belong to (such as {@code name} or {@code sync}). Clients get it as an opaque string and
 * hand it back; a string that was not made here, or for another order, is refused rather
 * than guessed at. Keys are text so any column can be one; null stands for a null key.
 */
public record KeysetCursor(String order, List<@Nullable String> keys) {

    private static final String FORMAT = "k1";
    private static final TypeReference<List<@Nullable String>> STRINGS = new TypeReference<>() { };

    public KeysetCursor {
        if (order.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an order's name holds no ':', which ends it in the encoded cursor");
        }
    }

    public static KeysetCursor of(String order, @Nullable Object... keys) {
        List<@Nullable String> texts = new ArrayList<>(keys.length);
        for (Object key : keys) {
            texts.add(key == null ? null : key.toString());
        }
        return new KeysetCursor(order, texts);
    }

    public String encode() {
        String plain = FORMAT + ":" + order + ":" + JsonMapper.shared().writeValueAsString(keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException if the text is not a cursor this application made */
    public static KeysetCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !parts[0].equals(FORMAT)) {
                throw new IllegalArgumentException("not a keyset cursor");
            }
            return new KeysetCursor(parts[1], JsonMapper.shared().readValue(parts[2], STRINGS));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a keyset cursor", e);
        }
    }

    /** The key at {@code index}, which must be there. */
    public String key(int index) {
        String key = keyOrNull(index);
        if (key == null) {
            throw new IllegalArgumentException("the cursor lacks key " + index);
        }
        return key;
    }

    public @Nullable String keyOrNull(int index) {
        if (index >= keys.size()) {
            throw new IllegalArgumentException("the cursor lacks key " + index);
        }
        return keys.get(index);
    }
}
