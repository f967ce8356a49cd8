package org.chancery.common.api;

import org.chancery.common.InvalidParameterException;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Every delete says why ({@code ?reason=…}): the reason is kept in the record's history. */
public final class DeletionReasons {

    private DeletionReasons() {
    }

    /** @throws InvalidParameterException when no reason is given */
    public static String required(@Nullable String reason, String kind) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameterException(List.of(new InvalidParameterException.InvalidParameter("reason",
                    "say why the " + kind + " is deleted (?reason=…); it is kept in the history")));
        }
        return reason.strip();
    }
}
