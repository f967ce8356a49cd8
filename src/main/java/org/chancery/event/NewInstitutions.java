package org.chancery.event;

import java.util.List;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * Institutions the event form creates as it saves an event. The institution feature writes
 * them, audited as any of its writes, in the transaction that saves the event: it depends on
 * this feature, so the event form asks through this interface.
 */
public interface NewInstitutions {

    /** The kinds an institution may be of, as their names ({@code MINISTRY}). */
    List<String> kinds();

    /**
     * @return the new institution's id
     * @throws IllegalArgumentException for a kind not among {@link #kinds()}
     */
    long create(NewInstitution institution);

    /** A new institution: named in both languages, of a state (or of none the sources give), of a kind. */
    record NewInstitution(Bilingual name, @Nullable String state, String kind) {
    }
}
