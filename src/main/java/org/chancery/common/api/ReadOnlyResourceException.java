package org.chancery.common.api;

/**
 * A write to a resource that the API only reads, such as the ISO list of states: answered
 * as 405 with {@code Allow: GET, HEAD} and a detail that says why.
 */
public class ReadOnlyResourceException extends RuntimeException {

    public ReadOnlyResourceException(String detail) {
        super(detail);
    }
}
