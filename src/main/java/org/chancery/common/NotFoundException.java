package org.chancery.common;

import org.jspecify.annotations.Nullable;

/**
 * No record of some kind has the id or code that was asked for. The one not-found of both
 * transports: the API answers it with a 404 problem whose detail is the message; the pages
 * with the "not found" page, which names the id or code asked for in the reader's language
 * ({@link #messageKey()}) and never shows the message.
 *
 * <p>A feature may name its own, for its pages' wording ({@code StateNotFoundException.forCode("XX")},
 * message key {@code error.404.StateNotFoundException}); any other code says what is missing
 * with the factories here.
 */
public class NotFoundException extends RuntimeException {

    private static final String ANY_KEY = "error.404.key";

    private final @Nullable String key;
    private final @Nullable String messageKey;

    /** For a feature's own not-found: its message key is {@code error.404.} and its class's simple name. */
    protected NotFoundException(String kind, Object key) {
        super("There is no " + kind + " " + key + ".");
        this.key = String.valueOf(key);
        this.messageKey = "error.404." + getClass().getSimpleName();
    }

    private NotFoundException(String message, @Nullable String key, @Nullable String messageKey) {
        super(message);
        this.key = key;
        this.messageKey = messageKey;
    }

    public static NotFoundException forId(String kind, Object id) {
        return forKey(kind, "id", id);
    }

    /** No record of that kind has that key, such as the code of a topic. */
    public static NotFoundException forKey(String kind, String keyName, Object key) {
        return new NotFoundException("There is no " + kind + " with the " + keyName + " " + key + ".", String.valueOf(key), ANY_KEY);
    }

    /** Not found, with a message that helps the caller find what they meant. */
    public static NotFoundException because(String message) {
        return new NotFoundException(message, null, null);
    }

    /** For what is not found by one id: {@code describing("step 3 of KZ in agreement 5")}. */
    public static NotFoundException describing(String what) {
        return new NotFoundException("There is no " + what + ".", null, null);
    }

    /** The id or code asked for, as it was asked; null where no one key is missing. */
    public @Nullable String id() {
        return key;
    }

    /**
     * The message the page says what was not found with, the id or code its one argument:
     * {@code error.404.StateNotFoundException}; null where the page has nothing to name.
     */
    public @Nullable String messageKey() {
        return messageKey;
    }
}
