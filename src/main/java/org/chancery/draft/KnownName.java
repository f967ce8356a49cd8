package org.chancery.draft;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A name the record holds, in one language, with what it names: a state (by its own name or
 * by a place in it, «Астана»), a person, an office (which names its holder), an institution
 * a topic or an agreement. {@code key} is the state's code, the topic's code or the row's id;
 * {@code state} the state it belongs to, if any.
 */
public record KnownName(Kind kind, String key, @Nullable String state, String name) {

    public enum Kind { STATE, PLACE, PERSON, OFFICE, INSTITUTION, TOPIC, AGREEMENT }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    // Words that carry no name ("of", "и", "the"): a name is recognised by its other words.
    private static final List<String> FUNCTION_WORDS = List.of("of", "the", "and", "for", "to", "и", "в", "по", "на", "для");

    /** The words of the name that must all be found: everything but function words. */
    public List<Words.Word> significantWords() {
        return Words.of(name).stream()
                .filter(word -> !FUNCTION_WORDS.contains(word.text().toLowerCase(RUSSIAN)))
                .toList();
    }

    /**
     * The abbreviation of the name's leading common words, as «МИД» stands for «Министерство
     * иностранных дел» in «МИД Израиля», or of all its words when all are capitalised («США»);
     * null when fewer than two words make it.
     */
    public @Nullable String abbreviation() {
        List<Words.Word> words = Words.of(name);
        // «Соединённые Штаты Америки» → «США»; «Министерство иностранных дел Израиля» → «МИД».
        boolean properName = words.stream().allMatch(word -> word.capitalised()
                || FUNCTION_WORDS.contains(word.text().toLowerCase(RUSSIAN)));
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (i > 0 && word.capitalised() && !properName) {
                break;
            }
            if (FUNCTION_WORDS.contains(word.text().toLowerCase(RUSSIAN))) {
                continue;
            }
            initials.appendCodePoint(Character.toUpperCase(word.text().codePointAt(0)));
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }
}
