package org.chancery.common;

import java.util.List;

import org.chancery.common.InvalidParameterException.InvalidParameter;

/**
 * A request body that cannot be accepted as it stands: a missing field, an unknown code, a
 * reference to a record that does not exist. Answered as a 400 problem detail listing each
 * field (by its JSON path) and what is wrong with it.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<InvalidParameter> fields;

    public InvalidRequestException(List<InvalidParameter> fields) {
        super("invalid request body: " + fields);
        this.fields = List.copyOf(fields);
    }

    public static InvalidRequestException of(String field, String reason) {
        return new InvalidRequestException(List.of(new InvalidParameter(field, reason)));
    }

    public List<InvalidParameter> fields() {
        return fields;
    }
}
