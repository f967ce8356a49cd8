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
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "to", "in", "at");
    /** How many words of a sentence may stand between the words of one name. */
    private static final int SLACK = 2;

    private final List<Prepared> names;

    /** One mention of a recognised name: what it names and where in the sentence. */
    public record Mention(KnownName name, int word, boolean afterPlacePreposition) {
    }

    private record Prepared(KnownName name, List<String> stems, @Nullable String abbreviation) {
    }

    public NameRecogniser(List<KnownName> known) {
        List<Prepared> prepared = new ArrayList<>();
        for (KnownName name : known) {
            List<String> stems = name.significantWords().stream().map(Words.Word::stem).toList();
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
                        && PLACE_PREPOSITIONS.contains(words.get(at - 1).text().toLowerCase(RUSSIAN)));
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

    private static int findWord(String stem, List<Words.Word> words, boolean capitalised, boolean adjectives) {
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.stem().equals(stem) && (!capitalised || word.capitalised())) {
                return i;
            }
            if (adjectives && stem.length() >= 4 && word.stem().startsWith(stem)
                    && ADJECTIVE_SUFFIX.matcher(word.stem().substring(stem.length())).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The first word of a run of the sentence holding every one of the stems, with little between them. */
    private static int findTogether(List<String> stems, List<Words.Word> words) {
        int span = stems.size() + SLACK;
        for (int start = 0; start < words.size(); start++) {
            if (!stems.contains(words.get(start).stem())) {
                continue;
            }
            List<String> missing = new ArrayList<>(stems);
            for (int i = start; i < Math.min(words.size(), start + span) && !missing.isEmpty(); i++) {
                missing.remove(words.get(i).stem());
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
            if ((known.kind() == KnownName.Kind.STATE || known.kind() == KnownName.Kind.PLACE) && known.key().equals(code)
                    && name.stems().size() == 1 && findWord(name.stems().getFirst(), words, true, false) >= 0) {
                return true;
            }
        }
        return false;
    }
}
