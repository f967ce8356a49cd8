package org.chancery.agreement;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the agreements to: those a state takes part in (in any role), of
 * some kinds, whose English or Russian name contains a text.
 */
public record AgreementFilter(@Nullable String state, Set<AgreementKind> kinds, @Nullable String text) {

    public AgreementFilter {
        kinds = Set.copyOf(kinds);
    }

    public static AgreementFilter everything() {
        return new AgreementFilter(null, Set.of(), null);
    }
}
