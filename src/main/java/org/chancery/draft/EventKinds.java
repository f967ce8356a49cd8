package org.chancery.draft;

import java.util.List;
import java.util.Optional;

import org.chancery.event.EventKind;

/**
 * The kind of event a sentence reports, from its wording: «визит», «посетил» a visit,
 * «телефонный разговор» a call, «меморандум» a memorandum, «присоединение», «примкнуть» an
 * agreement step, «форум», «саммит» a forum, «встреча», «переговоры» a meeting, «заявление»,
 * «телеграмма», «пресс-конференция» a statement, «рейсы» a transport link; English too. Words are compared by
 * their stems, so every form of them counts. When several kinds are named, the one named
 * first is the sentence's.
 */
public final class EventKinds {

    private record Cue(EventKind kind, List<String> stems) {
    }

    // Each cue is one word or two words that must follow each other ("телефонный разговор").
    private static final List<Cue> CUES = List.of(
            cue(EventKind.CALL, "телефонный разговор", "телефонного разговора", "позвонил", "созвонились", "phone call",
                    "telephone conversation", "telephone call"),
            cue(EventKind.MEMORANDUM, "меморандум", "memorandum"),
            cue(EventKind.AGREEMENT_STEP, "присоединение", "присоединиться", "присоединился", "примкнуть", "примкнувшим",
                    "вступление", "ратификация", "ратифицировал", "accession", "joining", "joined", "ratified", "ratification"),
            cue(EventKind.VISIT, "визит", "посетил", "посещение", "прибыл", "visit", "visited"),
            cue(EventKind.FORUM, "форум", "саммит", "forum", "summit"),
            cue(EventKind.MEETING, "встреча", "встретился", "переговоры", "meeting", "met", "talks"),
            cue(EventKind.STATEMENT, "заявление", "телеграмма", "послание", "интервью", "пресс-конференции",
                    "пресс-конференция", "statement", "telegram", "interview", "press conference"),
            cue(EventKind.TRANSPORT_LINK, "рейсы", "авиасообщение", "авиарейс", "перелеты", "flights"));

    private EventKinds() {
    }

    /** The kind the sentence names first, if it names any. */
    public static Optional<EventKind> of(String sentence) {
        List<Words.Word> words = Words.of(sentence);
        for (int i = 0; i < words.size(); i++) {
            for (Cue cue : CUES) {
                if (startsAt(cue, words, i)) {
                    return Optional.of(cue.kind());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the word is one of the words that name a kind (its first, for a cue of two). */
    static boolean isCue(Words.Word word) {
        return CUES.stream().flatMap(cue -> cue.stems().stream()).anyMatch(phrase -> phrase.split(" ")[0].equals(word.stem()));
    }

    private static boolean startsAt(Cue cue, List<Words.Word> words, int at) {
        for (String phrase : cue.stems()) {
            String[] stems = phrase.split(" ");
            if (at + stems.length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int j = 0; j < stems.length && all; j++) {
                all = words.get(at + j).stem().equals(stems[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Cue cue(EventKind kind, String... phrases) {
        return new Cue(kind, java.util.Arrays.stream(phrases)
                .map(phrase -> String.join(" ", Words.of(phrase).stream().map(Words.Word::stem).toList()))
                .distinct().toList());
    }
}
