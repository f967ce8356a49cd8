package org.chancery.common;

import org.jspecify.annotations.Nullable;

/**
 * The version of a record a change was made against (read from If-Match, or kept in a
 * form), or {@link #ANY} where the caller knowingly overwrites whatever is there.
 */
public record ExpectedVersion(@Nullable Long version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(version);
    }

    /** @throws StaleVersionException if the record is at another version */
    public void check(long currentVersion) {
        if (version != null && version != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
    }
}
