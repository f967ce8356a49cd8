package org.chancery.common.web;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a type-ahead names a record in a form field: its number, then what a reader knows it by
 * ("5 · Gideon Saar"), so the field reads well and still says which record was picked. What
 * was typed is read back by that number ("5 · …", "#5", "5"); text without one is matched by
 * name by whoever reads it.
 */
public final class PickedLabels {

    private static final Pattern LEADING_ID = Pattern.compile("^\\s*#?(\\d+)(\\s|·|$)");

    private PickedLabels() {
    }

    public static String label(long id, String text) {
        return id + " · " + text;
    }

    /** The number a picked label starts with, if it starts with one. */
    public static OptionalLong leadingId(String typed) {
        Matcher id = LEADING_ID.matcher(typed);
        return id.find() ? OptionalLong.of(Long.parseLong(id.group(1))) : OptionalLong.empty();
    }
}
