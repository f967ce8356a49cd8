package org.chancery.common.api;

/** A write came without If-Match: the API refuses to overwrite blindly. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("If-Match is required");
    }
}
