package org.chancery.common.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.common.ExpectedVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    /** 200 with the representation and its ETag, or 304 when If-None-Match names that ETag already. */
    public static <T> ResponseEntity<T> conditional(WebRequest request, String etag, Supplier<T> representation) {
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(representation.get());
    }

    /** 200 with the record as it stands after a write, and its version as ETag. */
    public static <T> ResponseEntity<T> current(T representation, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(representation);
    }

    /** 201 with the new record, its version as ETag, and its address (the request's, plus the key) as Location. */
    public static <T> ResponseEntity<T> created(T representation, long version, Object key) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{key}").buildAndExpand(key).toUri();
        return ResponseEntity.created(location).eTag(etag(version)).body(representation);
    }
}
