package org.chancery.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.draft.ArticleDrafts.DraftOffice;
import org.chancery.draft.KnownName.Kind;
import org.chancery.draft.NameRecogniser.Mention;
import org.chancery.draft.RecordNames.RecordOffice;
import org.jspecify.annotations.Nullable;

/**
 * Persons the record lacks, named in a sentence with their office and state, as news writes
 * them: «главы МИД Израиля Гидеона Саара», «министр иностранных дел Казахстана Ермек
 * Кошербаев», «президенту Израиля Ицхаку Герцогу»; or as the counterpart of an office the
 * sentence names («Президент Казахстана … направил израильскому коллеге Ицхаку Герцогу»); any
 * office of the record is read by its title in any case («с Председателем Кнессета Израиля
 * Амиром Оханой»), and an office named with no one after it makes the name the next sentence
 * opens with its holder («Премьер-министр Израиля выразил …». «Биньямин Нетаньяху назвал …»). The
 * name comes in the nominative and in Latin letters ({@link PersonNames}); the office is the
 * record's office of that kind and state, or a new one's titles when the record has none. A
 * counterpart is proposed with no office: "counterpart" names none, and the record does not
 * infer one (it removed "President of Israel" from Herzog for that reason).
 */
final class UnknownPersons {

    /** A person the record lacks, as named at word {@code word} of the sentence, with the state and office they hold. */
    record Found(String nameEn, String nameRu, String state, @Nullable DraftOffice office, int word) {

        Found holding(DraftOffice held) {
            return new Found(nameEn, nameRu, state, held, word);
        }
    }

    /** The offices news names by their wording, and the record's titles for them («Министр иностранных дел Израиля»). */
    private enum Wording {
        // Prime minister before minister: «премьер-министр» holds «министр».
        PRIME_MINISTER("Prime Minister of", "Премьер-министр", "премьер-министр", "prime minister"),
        FOREIGN_MINISTER("Minister of Foreign Affairs of", "Министр иностранных дел", "глава МИД", "министр иностранных дел",
                "глава внешнеполитического ведомства", "foreign minister", "minister of foreign affairs"),
        PRESIDENT("President of", "Президент", "президент", "president");

        private final String titleEn;
        private final String titleRu;
        private final List<List<String>> phrases;

        Wording(String titleEn, String titleRu, String... phrases) {
            this.titleEn = titleEn;
            this.titleRu = titleRu;
            this.phrases = Arrays.stream(phrases).map(UnknownPersons::stems).toList();
        }

        /** How many words of the sentence from {@code at} name the office, or 0. */
        int length(List<Words.Word> words, int at) {
            return phraseLength(phrases, words, at);
        }
    }

    /** The stems of a phrase's words, as a sentence's words are compared with it. */
    private static List<String> stems(String phrase) {
        return Words.of(phrase).stream().map(Words.Word::stem).toList();
    }

    /** How many words of the sentence from {@code at} are the first of {@code phrases} found there (by stems), or 0. */
    private static int phraseLength(List<List<String>> phrases, List<Words.Word> words, int at) {
        for (List<String> phrase : phrases) {
            boolean all = !phrase.isEmpty() && at + phrase.size() <= words.size();
            for (int i = 0; i < phrase.size() && all; i++) {
                all = words.get(at + i).stem().equals(phrase.get(i));
            }
            if (all) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static final String COUNTERPART = Words.stem("коллега");

    private final NameRecogniser recogniser;
    private final List<RecordOffice> offices;
    private final List<OfficeTitle> titles;
    private final Map<String, String> stateNamesEn;

    /** {@code stateNamesEn}: each state's English name by its code, for the title of an office the record lacks. */
    UnknownPersons(NameRecogniser recogniser, List<RecordOffice> offices, Map<String, String> stateNamesEn) {
        this.recogniser = recogniser;
        this.offices = offices;
        this.titles = offices.stream().map(OfficeTitle::of).toList();
        this.stateNamesEn = stateNamesEn;
    }

    /**
     * The persons the sentence names with their office whom the record does not hold, each
     * once; and, when the sentence before it names an office and its state with no name after
     * them («Премьер-министр Израиля выразил …»), the person the sentence opens with («Биньямин
     * Нетаньяху назвал …»), as holding that office.
     */
    List<Found> in(String sentence) {
        return in(sentence, null);
    }

    /** As {@link #in(String)}, and the holder of an office the sentence before named with no one after it. */
    List<Found> in(String sentence, @Nullable String before) {
        List<Words.Word> words = Words.of(sentence);
        Scan scan = scan(sentence, words);
        List<Found> found = new ArrayList<>(scan.found());
        if (before != null) {
            Unnamed unnamed = scan(before, Words.of(before)).unnamed();
            if (unnamed != null) {
                person(sentence, words, 0, unnamed.state()).map(p -> p.holding(unnamed.office())).ifPresent(found::add);
            }
        }
        return found.stream().filter(distinct(found)).toList();
    }

    /** An office and its state named with no name after them, whose holder the record does not know either. */
    private record Unnamed(DraftOffice office, String state) {
    }

    /** What a sentence names: the persons after their offices, and the last office named with no one after it. */
    private record Scan(List<Found> found, @Nullable Unnamed unnamed) {
    }

    private Scan scan(String sentence, List<Words.Word> words) {
        List<Found> found = new ArrayList<>();
        @Nullable Unnamed unnamed = null;
        Set<Integer> heldByKnown = recogniser.mentions(sentence).stream()
                .filter(m -> m.name().kind() == Kind.OFFICE && !m.name().key().isEmpty()).map(Mention::word)
                .collect(Collectors.toSet());
        boolean named = false;
        for (int i = 0; i < words.size(); i++) {
            Titled titled = titledAt(words, i);
            if (titled != null) {
                named = true;
                int nameAt = titled.end();
                Optional<Found> person = person(sentence, words, nameAt, titled.state()).map(p -> p.holding(titled.office()));
                person.ifPresent(found::add);
                if (person.isEmpty() && !heldByKnown.contains(i) && (nameAt >= words.size() || !nameWord(words.get(nameAt)))) {
                    unnamed = new Unnamed(titled.office(), titled.state());
                }
                i = nameAt - 1;
            } else if (wordingAt(words, i) instanceof Wording wording) {
                // An office named with no state after it («Президент Касым-Жомарт Токаев»): a counterpart may follow.
                named = true;
                i += wording.length(words, i) - 1;
            } else if (named && i > 0 && words.get(i).stem().equals(COUNTERPART)) {
                // «израильскому коллеге» of an office the sentence named: a person of the other state, their office unnamed.
                String state = state(words.get(i - 1), true);
                if (state != null) {
                    person(sentence, words, i + 1, state).ifPresent(found::add);
                }
            }
        }
        return new Scan(found, unnamed);
    }

    /** An office named at a word of the sentence with its state: the office, its state, and the word after them. */
    private record Titled(DraftOffice office, String state, int end) {
    }

    /**
     * The office named from word {@code at}: one of the record's by its title in either language,
     * any case («Председателем Кнессета», the state's name after it read as part of it:
     * «Председателем Кнессета Израиля»), else one of the wordings news uses followed by the state
     * («главы МИД Израиля»).
     */
    private @Nullable Titled titledAt(List<Words.Word> words, int at) {
        Titled longest = null;
        for (OfficeTitle title : titles) {
            int length = title.length(words, at);
            if (length > 0 && (longest == null || at + length > longest.end())) {
                RecordOffice o = title.office();
                longest = new Titled(new DraftOffice(o.titleEn(), o.titleRu(), o.stateCode(), o.institutionId(), o.institution()),
                        o.stateCode(), at + length);
            }
        }
        if (longest != null) {
            int end = longest.end();
            if (end < words.size() && longest.state().equals(state(words.get(end), false))) {
                end++;
            }
            return new Titled(longest.office(), longest.state(), end);
        }
        Wording wording = wordingAt(words, at);
        if (wording == null) {
            return null;
        }
        int stateWord = at + wording.length(words, at);
        String state = stateWord < words.size() ? state(words.get(stateWord), false) : null;
        if (state == null) {
            return null;
        }
        return new Titled(office(wording, state, words.get(stateWord).text()), state, stateWord + 1);
    }

    /** An office of the record and the stems of its titles. */
    private record OfficeTitle(RecordOffice office, List<List<String>> phrases) {

        static OfficeTitle of(RecordOffice office) {
            return new OfficeTitle(office, Stream.of(office.titleEn(), office.titleRu())
                    .filter(title -> title != null && !title.isBlank()).map(UnknownPersons::stems).toList());
        }

        /** How many words of the sentence from {@code at} are the title, or 0. */
        int length(List<Words.Word> words, int at) {
            return phraseLength(phrases, words, at);
        }
    }

    private static Predicate<Found> distinct(List<Found> all) {
        Set<String> seen = new HashSet<>();
        return person -> seen.add(person.nameRu());
    }

    private static @Nullable Wording wordingAt(List<Words.Word> words, int at) {
        for (Wording wording : Wording.values()) {
            if (wording.length(words, at) > 0) {
                return wording;
            }
        }
        return null;
    }

    /** The state the word names («Израиля»; as an adjective, «израильскому», only when {@code adjective}). */
    private @Nullable String state(Words.Word word, boolean adjective) {
        if (word.capitalised() == adjective) {
            return null;
        }
        return recogniser.mentions(word.text()).stream().filter(m -> m.name().kind() == Kind.STATE).map(m -> m.name().key())
                .findFirst().orElse(null);
    }

    /**
     * The person whose name follows from word {@code at}: a first name (its parts joined by a
     * hyphen, «Касым-Жомарт») and a surname, both capitalised Cyrillic words that name nothing
     * the record holds; with no office yet.
     */
    private Optional<Found> person(String sentence, List<Words.Word> words, int at, String state) {
        int first = at;
        int end = nameEnd(sentence, words, first);
        if (end < 0) {
            return Optional.empty();
        }
        int last = nameEnd(sentence, words, end + 1);
        if (last < 0) {
            return Optional.empty();
        }
        String written = sentence.substring(words.get(first).start(), words.get(last).start() + words.get(last).text().length());
        if (!recogniser.mentions(written).isEmpty()) {
            // A person of the record («Гидеона Саара» once Saar is entered), or not a person at all.
            return Optional.empty();
        }
        // A name that opens the sentence is its subject, in the nominative as written («Биньямин Нетаньяху назвал»).
        String nameRu = first == 0 ? written : PersonNames.nominative(written);
        return Optional.of(new Found(PersonNames.latin(nameRu), nameRu, state, null, first));
    }

    /** The last word of a name's part that starts at {@code at} (hyphenated words are one part), or -1 when none starts there. */
    private static int nameEnd(String sentence, List<Words.Word> words, int at) {
        if (at >= words.size() || !nameWord(words.get(at))) {
            return -1;
        }
        int end = at;
        while (end + 1 < words.size() && nameWord(words.get(end + 1))
                && sentence.substring(words.get(end).start() + words.get(end).text().length(), words.get(end + 1).start()).equals("-")) {
            end++;
        }
        return end;
    }

    private static boolean nameWord(Words.Word word) {
        return word.capitalised() && !word.abbreviation()
                && Character.UnicodeScript.of(word.text().codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /**
     * The record's office of that wording in that state, or the titles of a new one;
     * {@code stateAsWritten} is the state's name in the genitive, as the wording writes it after
     * the office («Министр иностранных дел Израиля»).
     */
    private DraftOffice office(Wording wording, String state, String stateAsWritten) {
        String stateEn = stateNamesEn.getOrDefault(state, state);
        String titleEn = wording.titleEn + " " + stateEn;
        Optional<RecordOffice> known = offices.stream().filter(o -> state.equals(o.stateCode()) && o.titleEn().equalsIgnoreCase(titleEn))
                .findFirst()
                .or(() -> offices.stream().filter(o -> state.equals(o.stateCode()) && o.titleEn().startsWith(wording.titleEn + " "))
                        .findFirst());
        return known.map(o -> new DraftOffice(o.titleEn(), o.titleRu(), o.stateCode(), o.institutionId(), o.institution()))
                .orElseGet(() -> new DraftOffice(titleEn, wording.titleRu + " " + stateAsWritten, state, null, null));
    }
}
