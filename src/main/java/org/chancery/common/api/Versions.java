package org.chancery.common.api;

import org.chancery.common.InvalidParameterException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** One entity tag of an If-Match list (RFC 9110, 8.8.3): optionally weak, then quoted. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");

    /**
     * The versions a write's If-Match names, as RFC 9110 reads it: {@code *} means whatever
     * version is current (the record must exist); a list of entity tags matches when one of
     * them is the record's current one by strong comparison, so a weak tag, or one this API
     * never gave out ({@code "stale-version"}), matches nothing and the write is refused with 412.
     *
     * @throws PreconditionRequiredException when If-Match is missing
     * @throws InvalidParameterException     when it is not a list of entity tags at all
     */
    public static ExpectedVersion expected(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (ifMatch.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        List<Long> versions = new ArrayList<>();
        for (String raw : ifMatch.split(",")) {
            Matcher tag = ENTITY_TAG.matcher(raw.strip());
            if (!tag.matches()) {
                throw new InvalidParameterException(List.of(new InvalidParameterException.InvalidParameter("If-Match",
                        "name * or entity tags as the API gave them out, such as \"3\"")));
            }
            if (tag.group(1) == null && tag.group(2).matches("\\d{1,18}")) {
                versions.add(Long.parseLong(tag.group(2)));
            }
        }
        return versions.isEmpty() ? ExpectedVersion.NONE : ExpectedVersion.anyOf(versions);
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
