package org.chancery.common.boundary;

/**
 * The part of a request that cannot be read: where it is ({@code path}, {@code query},
 * {@code header}, {@code form}), its name there, and what is wrong with it, in words for the
 * caller.
 */
public record RefusedPart(String in, String name, String reason) {

    /** The request attribute under which an error page finds it. */
    public static final String ATTRIBUTE = RefusedPart.class.getName();
}
