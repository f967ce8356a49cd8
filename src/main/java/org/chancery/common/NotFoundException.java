package org.chancery.common;

/**
 * No record of some kind has the id or code a reader asked for. Each feature names its own
 * ({@code StateNotFoundException.forCode("XX")}); pages answer every one of them with the
 * "not found" page, and the message never reaches the reader.
 */
public abstract class NotFoundException extends RuntimeException {

    private final String id;

    protected NotFoundException(String kind, Object id) {
        super("There is no " + kind + " " + id + ".");
        this.id = String.valueOf(id);
    }

    /** The id or code asked for, as the reader typed it: the not-found page names it. */
    public String id() {
        return id;
    }

    /** The message that says what was not found: {@code error.404.StateNotFoundException}. */
    public String messageKey() {
        return "error.404." + getClass().getSimpleName();
    }
}
