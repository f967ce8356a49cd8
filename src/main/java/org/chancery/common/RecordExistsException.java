package org.chancery.common;

/** A record keyed by what the caller chose (a topic's code) already exists under that key. */
public class RecordExistsException extends RuntimeException {

    public RecordExistsException(String kind, Object key) {
        super("There is already a " + kind + " " + key + ".");
    }
}
