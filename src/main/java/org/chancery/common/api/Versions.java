package org.chancery.common.api;

import java.util.ArrayList;
import java.util.List;

import org.chancery.common.ExpectedVersion;
import org.jspecify.annotations.Nullable;

/**
 * Record versions as HTTP entity tags: version 3 is {@code "3"}. Writes name the version
 * they were made against in If-Match; a stale one is refused instead of silently winning.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a write's If-Match names ({@code *} means any).
     *
     * @throws PreconditionRequiredException when If-Match is missing
     * @throws InvalidParameterException     when it names no version this API gave out
     */
    public static ExpectedVersion expected(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        List<Long> versions = new ArrayList<>();
        for (String raw : ifMatch.split(",")) {
            String tag = raw.strip();
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.matches("\"\\d{1,18}\"")) {
                versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
            }
        }
        if (versions.size() != 1) {
            throw new InvalidParameterException(List.of(new InvalidParameterException.InvalidParameter("If-Match",
                    "name exactly one ETag as the API gave it, such as \"3\"")));
        }
        return ExpectedVersion.of(versions.getFirst());
    }
}
