package org.chancery.database;

/**
 * Reads that must see the primary's latest state even when a replica serves the others: the
 * page after a save, a form shown again after a refused post (see {@link ReadYourWritesFilter}).
 * A flag of the current thread, set for the length of a request.
 */
final class PrimaryReads {

    private static final ThreadLocal<Boolean> PINNED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private PrimaryReads() {
    }

    /** Whether this thread's reads are pinned to the primary now. */
    static boolean pinned() {
        return PINNED.get();
    }

    static void pin() {
        PINNED.set(Boolean.TRUE);
    }

    static void release() {
        PINNED.remove();
    }
}
