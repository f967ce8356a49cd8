package org.chancery.common.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What a page says after a change went through (post/redirect/get): a message code and its
 * arguments, resolved in the reader's language where it is shown. Add it as the flash
 * attribute {@value #ATTRIBUTE}; {@code fragments/alerts :: confirmation} shows it.
 */
public record Confirmation(String code, List<String> arguments) implements Serializable {

    public static final String ATTRIBUTE = "confirmation";

    public Confirmation {
        arguments = List.copyOf(arguments);
    }

    /** {@code arguments} are written as text: a flash attribute outlives the request in the session. */
    public static Confirmation of(String code, Object... arguments) {
        return new Confirmation(code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
