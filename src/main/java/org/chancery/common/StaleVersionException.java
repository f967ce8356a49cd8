package org.chancery.common;

/** A change was made against a version that is no longer current: someone changed the record meanwhile. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("the record has changed since the version the change was made against");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
