package org.chancery.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognises in a sentence the states, persons, offices, institutions and topics the record
 * names, in either language and in any grammatical case: words are compared by their Snowball
 * stems ({@link Words}), so «Казахстана», «Астану», «Токаевым», «Израилем» meet the names
 * «Казахстан», «Астана», «Токаев», «Израиль». A single-word proper name must be written with a
 * capital (so «того» is not Togo), unless it is the adjective made from it with «-ск-»
 * («израильского», «казахстанская»). A person is recognised by the surname, a name of several
 * words by all its words close together, or by its abbreviation («МИД Израиля», «США»).
 */
public final class NameRecogniser {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile("ь?ск\\p{L}*");
    // A place is named after a preposition («в Астану», "in Baku") or as what a visit's verb took («посетил Азербайджан»).
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "to", "in", "at", "посетил", "посетила", "посетили",
            "посетит", "visited", "visits", "visiting");
    /*
     * A place after a passive participle says where a thing was made or done, not where the event
     * was («технологиям, разработанным в Израиле», «произведённых в Казахстане»): the participle's
     * «-нн-» and an adjective's ending. (An active one may name the event's place: «прибывший в Астану».)
     */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{3,}(нн)(ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую|ий|ее|ие|его|ему|им|их|ими|ей)");
    /** How many words of a sentence may stand between the words of one name. */
    private static final int SLACK = 2;

    private final List<Prepared> names;

    /** One mention of a recognised name: what it names and where in the sentence. */
    public record Mention(KnownName name, int word, boolean afterPlacePreposition) {
    }

    private record Prepared(KnownName name, List<NameWord> stems, @Nullable String abbreviation) {
    }

    /**
     * A word of a name: its stem and the word itself in lower case. Snowball cuts some names
     * shorter in the nominative than in other cases («Токаев» → «тока», «Токаевым» → «токаев»),
     * so a sentence's word also matches when its stem is the name's word but for its last letters.
     */
    private record NameWord(String stem, String form) {

        boolean matches(Words.Word word, boolean adjectives) {
            String stem = word.stem();
            if (stem.equals(this.stem)) {
                return true;
            }
            if (stem.length() >= 4 && form.startsWith(stem) && form.length() - stem.length() <= 2) {
                return true;
            }
            return adjectives && madeAdjective(word);
        }

        /** «израильского» of «Израиль», «казахстанская» of «Казахстан». */
        boolean madeAdjective(Words.Word word) {
            return adjective(word.stem(), form) || adjective(word.stem(), stem);
        }

        private static boolean adjective(String stem, String base) {
            return base.length() >= 4 && stem.startsWith(base) && ADJECTIVE_SUFFIX.matcher(stem.substring(base.length())).matches();
        }
    }

    public NameRecogniser(List<KnownName> known) {
        List<Prepared> prepared = new ArrayList<>();
        for (KnownName name : known) {
            List<NameWord> stems = name.significantWords().stream()
                    .map(word -> new NameWord(word.stem(), word.text().toLowerCase(RUSSIAN).replace('ё', 'е'))).toList();
            if (stems.isEmpty()) {
                continue;
            }
            boolean abbreviates = name.kind() == KnownName.Kind.INSTITUTION
                    || (name.kind() == KnownName.Kind.STATE && stems.size() > 1);
            prepared.add(new Prepared(name, stems, abbreviates ? name.abbreviation() : null));
        }
        this.names = prepared;
    }

    /** Every name recognised in the sentence, in the order the sentence names them, each once. */
    public List<Mention> mentions(String sentence) {
        List<Words.Word> words = Words.of(sentence);
        Map<String, Mention> found = new LinkedHashMap<>();
        for (Prepared name : names) {
            int at = find(name, words);
            if (at >= 0) {
                String key = name.name().kind() + ":" + name.name().key();
                Mention mention = new Mention(name.name(), at, at > 0
                        && PLACE_PREPOSITIONS.contains(words.get(at - 1).text().toLowerCase(RUSSIAN))
                        && !(at > 1 && PARTICIPLE.matcher(words.get(at - 2).text().toLowerCase(RUSSIAN)).matches()));
                found.merge(key, mention, (a, b) -> a.word() <= b.word() ? a : b);
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparingInt(Mention::word)).toList();
    }

    private int find(Prepared name, List<Words.Word> words) {
        KnownName.Kind kind = name.name().kind();
        if (kind == KnownName.Kind.PERSON) {
            return findWord(name.stems().getLast(), words, true, false);
        }
        boolean proper = kind != KnownName.Kind.TOPIC;
        if (name.stems().size() == 1) {
            return findWord(name.stems().getFirst(), words, proper, proper);
        }
        int together = findTogether(name.stems(), words);
        if (together >= 0 || name.abbreviation() == null) {
            return together;
        }
        return findAbbreviation(name, words);
    }

    private static int findWord(NameWord name, List<Words.Word> words, boolean capitalised, boolean adjectives) {
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (name.matches(word, false) && (!capitalised || word.capitalised())) {
                return i;
            }
            if (adjectives && name.madeAdjective(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The first word of a run of the sentence holding every one of the stems, with little between them. */
    private static int findTogether(List<NameWord> stems, List<Words.Word> words) {
        int span = stems.size() + SLACK;
        for (int start = 0; start < words.size(); start++) {
            Words.Word first = words.get(start);
            if (stems.stream().noneMatch(stem -> stem.matches(first, false))) {
                continue;
            }
            List<NameWord> missing = new ArrayList<>(stems);
            for (int i = start; i < Math.min(words.size(), start + span) && !missing.isEmpty(); i++) {
                Words.Word word = words.get(i);
                missing.stream().filter(stem -> stem.matches(word, false)).findFirst().ifPresent(missing::remove);
            }
            if (missing.isEmpty()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The abbreviation written in capitals; for an institution of a state, followed closely by
     * that state's name («МИД Израиля», not just «МИД»).
     */
    private int findAbbreviation(Prepared name, List<Words.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (!word.abbreviation() || !word.text().equalsIgnoreCase(name.abbreviation())) {
                continue;
            }
            if (name.name().kind() == KnownName.Kind.STATE) {
                return i;
            }
            String state = name.name().state();
            if (state != null && namesState(state, words.subList(i + 1, Math.min(words.size(), i + 1 + SLACK)))) {
                return i;
            }
        }
        return -1;
    }

    private boolean namesState(String code, List<Words.Word> words) {
        for (Prepared name : names) {
            KnownName known = name.name();
            if ((known.kind() == KnownName.Kind.STATE ? known.key() : known.kind() == KnownName.Kind.PLACE ? known.state() : "").equals(code)
                    && name.stems().size() == 1 && findWord(name.stems().getFirst(), words, true, false) >= 0) {
                return true;
            }
        }
        return false;
    }
}
