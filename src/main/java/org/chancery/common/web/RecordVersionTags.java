package org.chancery.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * Where a {@link RecordVersionTagged#readByHandler} handler hands over the record's version it
 * read with its answer, so that {@link RecordEtags} writes the ETag from it.
 */
public final class RecordVersionTags {

    static final String ATTRIBUTE = RecordVersionTags.class.getName();

    /** Writes the request's ETag from {@code version} (when null, reads the version first). */
    @FunctionalInterface
    interface Tagger {
        void tag(@Nullable Long version);
    }

    private RecordVersionTags() {
    }

    /**
     * Tags the answer to {@code request} with {@code version}, read in the same statement as the
     * answer; null when the handler did not read it (an empty page, a sync page), and then the
     * version is read on its own. Does nothing when the version was read before the handler ran.
     * Call it before the answer's first byte.
     */
    public static void tag(HttpServletRequest request, @Nullable Long version) {
        if (request.getAttribute(ATTRIBUTE) instanceof Tagger tagger) {
            request.removeAttribute(ATTRIBUTE);
            tagger.tag(version);
        }
    }
}
