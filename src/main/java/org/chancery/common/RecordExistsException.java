package org.chancery.common;

import org.jspecify.annotations.Nullable;

/**
 * A record keyed by what the caller chose (a topic's code) already exists under that key, or
 * the record written is one the record already holds (a source for an article it has).
 */
public class RecordExistsException extends RuntimeException {

    private final @Nullable String resource;
    private final @Nullable Object existingKey;

    public RecordExistsException(String kind, Object key) {
        super("There is already a " + kind + " " + key + ".");
        this.resource = null;
        this.existingKey = null;
    }

    /**
     * @param resource    the collection the existing record lives in ({@code sources})
     * @param existingKey its key there, so that an answer can point at it
     */
    protected RecordExistsException(String resource, Object existingKey, String message) {
        super(message);
        this.resource = resource;
        this.existingKey = existingKey;
    }

    /** The collection the existing record lives in, when the refusal points at one. */
    public @Nullable String resource() {
        return resource;
    }

    /** The existing record's key in {@link #resource()}, when the refusal points at one. */
    public @Nullable Object existingKey() {
        return existingKey;
    }
}
