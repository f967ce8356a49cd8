package org.chancery.common;

import tools.jackson.core.JacksonException;

/** Where in a request body Jackson gave up, as a path such as {@code states[1].side}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
