package org.chancery.common;

/**
 * No record of some kind has the id or code a reader asked for. Each feature names its own
 * ({@code StateNotFoundException.forCode("XX")}); pages answer every one of them with the
 * "not found" page, and the message never reaches the reader.
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String kind, Object id) {
        super("There is no " + kind + " " + id + ".");
    }
}
