package org.chancery.common;

import java.util.List;

/**
 * One or more request parameters could not be read: an impossible date, an unknown state
 * code, a tampered cursor. Answered as a 400 problem detail that names every one of them.
 */
public class InvalidParameterException extends RuntimeException {

    private final List<InvalidParameter> parameters;

    public InvalidParameterException(List<InvalidParameter> parameters) {
        super("invalid request parameters: " + parameters);
        this.parameters = List.copyOf(parameters);
    }

    public List<InvalidParameter> parameters() {
        return parameters;
    }

    /** A parameter and, in words for the caller, what is wrong with it. */
    public record InvalidParameter(String name, String reason) {
    }
}
