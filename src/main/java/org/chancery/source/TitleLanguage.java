package org.chancery.source;

import java.util.Optional;

/**
 * A source's language as its title's letters tell it, for a new source whose language was left
 * empty: Cyrillic letters make it Russian, Latin ones English (whichever the title has more of).
 * Kazakh in Cyrillic reads as Russian here; staff type "kk" for it.
 */
public final class TitleLanguage {

    private TitleLanguage() {
    }

    public static Optional<String> of(String title) {
        long cyrillic = title.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = title.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (cyrillic == 0 && latin == 0) {
            return Optional.empty();
        }
        return Optional.of(cyrillic >= latin ? "ru" : "en");
    }
}
