package org.chancery.source;

import java.time.LocalDate;

import org.chancery.common.query.KeysetCursor;
import org.jspecify.annotations.Nullable;

/** A place in the sources' order: newest published first, undated last, then by id (highest first). */
public record SourcePosition(@Nullable LocalDate publishedOn, long id) {

    public static final String ORDER = "published";

    public static SourcePosition from(KeysetCursor cursor) {
        String published = cursor.keyOrNull(0);
        return new SourcePosition(published == null ? null : LocalDate.parse(published), Long.parseLong(cursor.key(1)));
    }

    public KeysetCursor cursor() {
        return KeysetCursor.of(ORDER, publishedOn, id);
    }
}
