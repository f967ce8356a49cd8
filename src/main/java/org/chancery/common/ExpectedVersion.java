package org.chancery.common;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The versions of a record a change may be made against (read from If-Match, or kept in a
 * form), or {@link #ANY} where the caller knowingly overwrites whatever is there. A change
 * against none of them is refused: an If-Match whose entity tags name no version this API
 * gave out is {@link #NONE}, which no record matches.
 */
public record ExpectedVersion(@Nullable Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static final ExpectedVersion NONE = new ExpectedVersion(Set.of());

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    public static ExpectedVersion anyOf(Collection<Long> versions) {
        return new ExpectedVersion(Set.copyOf(versions));
    }

    /** Whether a change made against these versions may be made to the record at {@code currentVersion}. */
    public boolean allows(long currentVersion) {
        return versions == null || versions.contains(currentVersion);
    }

    /** The latest of these versions before {@code currentVersion}: the one a late change was made on. */
    public Optional<Long> latestBefore(long currentVersion) {
        return versions == null ? Optional.empty()
                : versions.stream().filter(version -> version < currentVersion).max(Long::compare);
    }

    /** @throws StaleVersionException if the record is at another version */
    public void check(long currentVersion) {
        if (!allows(currentVersion)) {
            throw new StaleVersionException(currentVersion);
        }
    }
}
