package org.chancery.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.agreement.Step;
import org.chancery.common.UncertainDate;
import org.chancery.draft.ArticleDrafts.DraftInstitution;
import org.chancery.draft.ArticleDrafts.DraftNewPerson;
import org.chancery.draft.ArticleDrafts.DraftParticipant;
import org.chancery.draft.ArticleDrafts.DraftPlace;
import org.chancery.draft.ArticleDrafts.DraftState;
import org.chancery.draft.ArticleDrafts.EventDraft;
import org.chancery.draft.ArticleDrafts.FigureDraft;
import org.chancery.draft.ArticleDrafts.StepDraft;
import org.chancery.draft.KnownName.Kind;
import org.chancery.draft.NameRecogniser.Mention;
import org.chancery.economy.Indicator;
import org.chancery.economy.Qualifier;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.ParticipantRole;
import org.chancery.event.StateSide;
import org.chancery.event.VisitLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Proposes what an article adds to the record, sentence by sentence: an event where the
 * wording names a kind ({@link EventKinds}) and the record's names a state; a figure where a
 * sentence gives an amount of money for trade or investment; an agreement step where an
 * agreement step's sentence names an agreement of the record. Dates come from
 * {@link ArticleDates}, names from {@link NameRecogniser}. A sentence that names fewer than two
 * states takes the states of the two sentences before it (marked as from context), and one
 * without a date the last day the article named; an event proposed twice (same kind, states
 * and date) is proposed once, from its first sentence. Persons the record lacks, named with
 * their office, are proposed as new participants ({@link UnknownPersons}); talks with no day of
 * their own between the states of a visit reported before are that visit's talks; a call
 * reported twice between the same states is one call, placed by the state «по инициативе»
 * names; a sentence that opens by referring back («Об этом …») takes the persons and agreement
 * of the two before it.
 */
@Component
public class ArticleDrafter {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(млрд|млн|тыс|billion|million|bn)\\.?\\s*(долл\\p{L}*|\\$|usd|евро|eur|тенге|рубл\\p{L}*|dollars?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");
    private static final Pattern MORE_THAN = Pattern.compile("(?iu)(более|свыше|больше|преодолев|превысил\\p{L}*|more than|over|exceed\\p{L}*)");
    private static final Pattern LESS_THAN = Pattern.compile("(?iu)(менее|меньше|less than|under)");
    private static final Pattern ABOUT = Pattern.compile("(?iu)(?<!\\p{L})(около|примерно|порядка|почти|about|around|nearly|almost)(?!\\p{L})");
    private static final Pattern FUTURE = Pattern.compile("(?iu)(?<!\\p{L})(планиру\\p{L}*|ожида\\p{L}*|намерен[аоы]?|будет|будут"
            + "|состоится|предстоящ\\p{L}*|запланирован\\p{L}*|will|plans?|planned|expected|to be held)(?!\\p{L})");

    // A message sent (a telegram, a letter): its sender initiates it and the one addressed receives it; no one speaks.
    private static final Pattern MESSAGE = Pattern.compile("(?iu)(?<!\\p{L})(телеграмм\\p{L}*|послани\\p{L}*|письм\\p{L}*"
            + "|telegram|message|letter)(?!\\p{L})");

    private static final Map<VisitLevel, Pattern> VISITORS = Map.of(
            VisitLevel.HEAD_OF_GOVERNMENT, Pattern.compile("(?iu)(?<!\\p{L})(премьер|prime minister)"),
            VisitLevel.HEAD_OF_STATE, Pattern.compile("(?iu)(?<!\\p{L})(президент\\p{L}*|president)"),
            VisitLevel.MINISTERIAL, Pattern.compile("(?iu)(?<![\\p{L}-])(министр\\p{L}*|глав\\p{L}* МИД|minister)"),
            VisitLevel.PARLIAMENTARY, Pattern.compile("(?iu)(?<!\\p{L})(спикер\\p{L}*|председател\\p{L}* (кнессета|парламента|сената|мажилиса)"
                    + "|speaker)"));

    private final RecordNames names;

    ArticleDrafter(RecordNames names) {
        this.names = names;
    }

    public ArticleDrafts draft(Article article) {
        List<KnownName> known = names.all();
        NameRecogniser recogniser = new NameRecogniser(known);
        UnknownPersons unknown = new UnknownPersons(recogniser, names.offices(), statesInEnglish(known));
        Set<String> participations = names.participations();
        List<EventDraft> events = new ArrayList<>();
        List<FigureDraft> figures = new ArrayList<>();
        List<StepDraft> steps = new ArrayList<>();
        Set<String> proposed = new LinkedHashSet<>();
        List<List<String>> earlierStates = new ArrayList<>();
        @Nullable LocalDate lastDay = null;
        List<Visit> visits = new ArrayList<>();
        for (List<String> paragraph : ArticleSentences.paragraphs(article.text(), article.locale())) {
            List<String> paragraphTopics = topics(recogniser, paragraph);
            for (int at = 0; at < paragraph.size(); at++) {
                String sentence = paragraph.get(at);
                List<Mention> mentions = recogniser.mentions(sentence);
                Optional<ArticleDates.FoundDate> found = ArticleDates.in(sentence, article.published(), lastDay);
                Map<String, Boolean> states = states(mentions);
                List<String> ownStates = List.copyOf(states.keySet());
                addFromContext(states, earlierStates);
                Optional<EventKind> kind = EventKinds.of(sentence);
                Optional<Visit> visited = kind.filter(k -> k == EventKind.MEETING && found.isEmpty())
                        .flatMap(k -> visits.stream().filter(visit -> codes(visit.states()).equals(codes(states))).findFirst());
                if (visited.isPresent()) {
                    // Talks with no day of their own between the states of a visit reported before are that visit's talks:
                    // their persons and the topics of their paragraph join the visit, which the record holds them by.
                    Visit visit = visited.get();
                    EventDraft talks = event(EventKind.VISIT, visit.draft().date(), false, visit.states(), mentions,
                            named(paragraph, at, recogniser, unknown), sentence, article.published());
                    EventDraft joined = joined(events.get(visit.at()), talks, paragraphTopics);
                    events.set(visit.at(), joined);
                    visits.set(visits.indexOf(visit), new Visit(visit.at(), joined, visit.states()));
                } else if (kind.isPresent() && !states.isEmpty()) {
                    UncertainDate date = found.map(ArticleDates.FoundDate::date)
                            .orElse(lastDay == null ? null : UncertainDate.day(lastDay));
                    EventDraft event = event(kind.get(), date, found.isEmpty() && date != null, states, mentions,
                            named(paragraph, at, recogniser, unknown), sentence, article.published());
                    int reported = kind.get() == EventKind.CALL ? sameCall(events, event) : -1;
                    if (reported >= 0) {
                        // A call the article reports twice («в ходе телефонного разговора» … «недавнего телефонного
                        // разговора») is one call: its day from the sentence that gives one, its persons from both.
                        events.set(reported, oneCall(events.get(reported), event));
                    } else if (proposed.add(event.kind() + " " + Set.copyOf(event.stateCodes()) + " " + (date == null ? "" : date.toEdtf()))) {
                        if (kind.get() == EventKind.VISIT) {
                            visits.add(new Visit(events.size(), event, new LinkedHashMap<>(states)));
                        }
                        events.add(event);
                    }
                    if (kind.get() == EventKind.AGREEMENT_STEP) {
                        step(mentions, sentence, date, participations, ownStates).ifPresent(steps::add);
                    }
                }
                figure(sentence, found.map(ArticleDates.FoundDate::date).orElse(null), states).ifPresent(figures::add);
                // A dateline or a day after publication is no day that an event the article reports happened on.
                if (found.isPresent() && ArticleDates.isDay(found.get().date())
                        && !found.get().date().earliest().isAfter(article.published())) {
                    lastDay = found.get().date().earliest();
                }
                if (!ownStates.isEmpty()) {
                    earlierStates.add(ownStates);
                }
            }
        }
        return new ArticleDrafts(article, events, figures, steps);
    }

    private static Set<String> codes(Map<String, Boolean> states) {
        return states.keySet().stream().map(key -> key.split(" ")[0]).collect(Collectors.toSet());
    }

    /** A visit drafted: where it is among the drafts, and its states with whether each is named as the place. */
    private record Visit(int at, EventDraft draft, Map<String, Boolean> states) {
    }

    /** The visit (or the first report of a call) with the persons, institutions and topics of its talks (or the second report) added, and the topics of the paragraph they are in. */
    private static EventDraft joined(EventDraft visit, EventDraft talks, List<String> paragraphTopics) {
        List<DraftParticipant> participants = new ArrayList<>(visit.participants());
        talks.participants().stream().filter(p -> participants.stream().noneMatch(q -> q.personId() == p.personId()))
                .forEach(participants::add);
        List<DraftNewPerson> newPersons = new ArrayList<>(visit.newPersons());
        talks.newPersons().stream().filter(p -> newPersons.stream().noneMatch(q -> q.nameRu().equals(p.nameRu())))
                .forEach(newPersons::add);
        List<String> topics = new ArrayList<>(visit.topics());
        Stream.concat(talks.topics().stream(), paragraphTopics.stream()).filter(topic -> !topics.contains(topic))
                .forEach(topics::add);
        List<DraftInstitution> institutions = new ArrayList<>(visit.institutions());
        talks.institutions().stream().filter(i -> institutions.stream().noneMatch(j -> j.institutionId() == i.institutionId()))
                .forEach(institutions::add);
        return new EventDraft(visit.kind(), visit.status(), visit.date(), visit.dateFromContext(), visit.states(), participants,
                newPersons, institutions, topics, visit.place(), visit.visitLevel(), visit.agreementId(), visit.passage());
    }

    /** The topics a paragraph names, but in the word that gives a sentence its kind («визит» is no «визы»). */
    private static List<String> topics(NameRecogniser recogniser, List<String> paragraph) {
        List<String> topics = new ArrayList<>();
        for (String sentence : paragraph) {
            List<Words.Word> words = Words.of(sentence);
            recogniser.mentions(sentence).stream()
                    .filter(m -> m.name().kind() == Kind.TOPIC && !EventKinds.isCue(words.get(m.word())))
                    .map(m -> m.name().key()).filter(topic -> !topics.contains(topic)).forEach(topics::add);
        }
        return topics;
    }

    /** Each state's English name (the one in Latin letters) by its code. */
    private static Map<String, String> statesInEnglish(List<KnownName> known) {
        Map<String, String> names = new HashMap<>();
        for (KnownName name : known) {
            if (name.kind() == Kind.STATE && !name.name().isEmpty()
                    && Character.UnicodeScript.of(name.name().codePointAt(0)) == Character.UnicodeScript.LATIN) {
                names.putIfAbsent(name.key(), name.name());
            }
        }
        return names;
    }

    /** The states a sentence names, each with whether it is named as the place ("в Астану", «в Азербайджан»). */
    private static Map<String, Boolean> states(List<Mention> mentions) {
        Map<String, Boolean> states = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            KnownName name = mention.name();
            String code = switch (name.kind()) {
                case STATE -> name.key();
                case PLACE, PERSON, OFFICE, INSTITUTION -> name.state();
                default -> null;
            };
            if (code != null) {
                boolean place = (name.kind() == Kind.STATE || name.kind() == Kind.PLACE) && mention.afterPlacePreposition();
                states.merge(code, place, Boolean::logicalOr);
            }
        }
        return states;
    }

    /** Too few states of its own: the sentence is read with the states of the two before it. */
    private static final String CONTEXT = "context";

    private static void addFromContext(Map<String, Boolean> states, List<List<String>> earlier) {
        for (int back = earlier.size() - 1; back >= Math.max(0, earlier.size() - 2) && states.size() < 2; back--) {
            for (String code : earlier.get(back)) {
                if (states.size() < 2 && !states.containsKey(code)) {
                    states.put(code + " " + CONTEXT, false);
                }
            }
        }
    }

    /**
     * Who a sentence names beyond its own mentions: the persons and agreement of the sentences it
     * refers back to, the persons the record lacks, and the state it says took the initiative.
     */
    private record Named(List<Mention> referred, List<UnknownPersons.Found> unknown, @Nullable String initiator) {
    }

    private static final String INITIATIVE_RU = Words.stem("инициативе");
    private static final String INITIATIVE_EN = Words.stem("initiative");

    // A sentence that opens by referring back («Об этом … заявил», «Этот шаг», "This") is about what the sentences before it named.
    private static final Pattern REFERS_BACK = Pattern.compile("(?iu)^\\s*(об этом|о том|это|этот|эта|эти|этим|this|these)(?!\\p{L})");

    private static Named named(List<String> paragraph, int at, NameRecogniser recogniser, UnknownPersons unknown) {
        String sentence = paragraph.get(at);
        List<UnknownPersons.Found> found = new ArrayList<>(unknown.in(sentence, at > 0 ? paragraph.get(at - 1) : null));
        List<Mention> referred = new ArrayList<>();
        if (REFERS_BACK.matcher(sentence).find()) {
            for (int back = Math.max(0, at - 2); back < at; back++) {
                recogniser.mentions(paragraph.get(back)).stream()
                        .filter(m -> m.name().kind() == Kind.PERSON || m.name().kind() == Kind.OFFICE || m.name().kind() == Kind.AGREEMENT)
                        .forEach(referred::add);
                unknown.in(paragraph.get(back), back > 0 ? paragraph.get(back - 1) : null).stream()
                        .filter(person -> found.stream().noneMatch(f -> f.nameRu().equals(person.nameRu()))).forEach(found::add);
            }
        }
        return new Named(referred, found, initiator(sentence, recogniser));
    }

    private static EventDraft event(EventKind kind, @Nullable UncertainDate date, boolean dateFromContext,
            Map<String, Boolean> states, List<Mention> mentions, Named named, String sentence, LocalDate published) {
        boolean hosted = kind == EventKind.VISIT || kind == EventKind.FORUM || kind == EventKind.MEETING;
        boolean anyPlace = hosted && states.values().stream().anyMatch(Boolean::booleanValue);
        List<DraftState> sides = new ArrayList<>();
        boolean first = true;
        List<Map.Entry<String, Boolean>> ordered = new ArrayList<>(states.entrySet());
        if (kind == EventKind.STATEMENT) {
            // The state speaking is the first named other than as the place («на пресс-конференции в Астане, глава МИД Израиля»).
            ordered.sort(Comparator.comparing(Map.Entry::getValue));
        }
        @Nullable String initiator = kind == EventKind.CALL ? named.initiator() : null;
        for (Map.Entry<String, Boolean> state : ordered) {
            String[] parts = state.getKey().split(" ");
            StateSide side = switch (kind) {
                case CALL -> initiator == null ? StateSide.PARTICIPANT : parts[0].equals(initiator) ? StateSide.INITIATOR : StateSide.RECIPIENT;
                case VISIT -> anyPlace ? (state.getValue() ? StateSide.HOST : StateSide.GUEST) : StateSide.PARTICIPANT;
                case FORUM, MEETING -> anyPlace && state.getValue() ? StateSide.HOST : StateSide.PARTICIPANT;
                case MEMORANDUM -> StateSide.SIGNATORY;
                case STATEMENT -> first ? StateSide.INITIATOR : StateSide.RECIPIENT;
                default -> StateSide.PARTICIPANT;
            };
            sides.add(new DraftState(parts[0], side, parts.length > 1));
            first = false;
        }
        List<DraftParticipant> participants = new ArrayList<>();
        Set<Long> persons = new LinkedHashSet<>();
        List<DraftInstitution> institutions = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Words.Word> words = Words.of(sentence);
        for (Mention mention : mentions) {
            KnownName name = mention.name();
            if (name.kind() == Kind.INSTITUTION && headedBy(words, mention)) {
                // «глава МИД Израиля» names a person by the institution they head; the institution takes no part itself.
                continue;
            }
            if (name.kind() == Kind.TOPIC && EventKinds.isCue(words.get(mention.word()))) {
                // Snowball cuts «визит» to the stem of «визы»: the word that gives the kind is no topic.
                continue;
            }
            if ((name.kind() == Kind.PERSON || name.kind() == Kind.OFFICE) && !name.key().isEmpty()
                    && persons.add(Long.parseLong(name.key()))) {
                participants.add(new DraftParticipant(Long.parseLong(name.key()), name.kind() == Kind.PERSON ? name.name() : "",
                        role(kind, name.state(), sides)));
            } else if (name.kind() == Kind.INSTITUTION
                    && institutions.stream().noneMatch(known -> known.institutionId() == Long.parseLong(name.key()))) {
                institutions.add(new DraftInstitution(Long.parseLong(name.key()), name.name()));
            } else if (name.kind() == Kind.TOPIC && !topics.contains(name.key())) {
                topics.add(name.key());
            }
        }
        // What the sentence refers back to gives its persons (and, below, its agreement) only.
        for (Mention mention : named.referred()) {
            KnownName name = mention.name();
            if (name.kind() != Kind.AGREEMENT && !name.key().isEmpty() && persons.add(Long.parseLong(name.key()))) {
                participants.add(new DraftParticipant(Long.parseLong(name.key()), name.kind() == Kind.PERSON ? name.name() : "",
                        role(kind, name.state(), sides)));
            }
        }
        boolean message = MESSAGE.matcher(sentence).find();
        if (message) {
            participants.replaceAll(p -> p.role() == ParticipantRole.SPEAKER
                    ? new DraftParticipant(p.personId(), p.name(), ParticipantRole.INITIATOR) : p);
        }
        List<DraftNewPerson> newPersons = named.unknown().stream()
                .map(person -> new DraftNewPerson(person.nameEn(), person.nameRu(), person.office(),
                        message && role(kind, person.state(), sides) == ParticipantRole.SPEAKER ? ParticipantRole.INITIATOR
                                : role(kind, person.state(), sides)))
                .toList();
        boolean planned = (date != null && date.earliest().isAfter(published)) || FUTURE.matcher(sentence).find();
        return new EventDraft(kind, planned ? EventStatus.PLANNED : EventStatus.HAPPENED, date, dateFromContext, sides,
                participants, newPersons, institutions, topics, place(mentions), kind == EventKind.VISIT ? visitLevel(sentence) : null,
                kind == EventKind.AGREEMENT_STEP ? null : agreement(Stream.concat(mentions.stream(), named.referred().stream()).toList()),
                sentence);
    }

    /** «по инициативе израильской стороны», «по инициативе Израиля», "at the initiative of Israel": the state that placed a call. */
    private static @Nullable String initiator(String sentence, NameRecogniser recogniser) {
        List<Words.Word> words = Words.of(sentence);
        for (int i = 1; i + 1 < words.size(); i++) {
            String before = words.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (words.get(i).stem().equals(INITIATIVE_RU) && before.equals("по")
                    || words.get(i).stem().equals(INITIATIVE_EN) && before.equals("the")) {
                // What follows the word, read on its own: the sentence may have named the state before («Израиля … израильской»).
                return recogniser.mentions(sentence.substring(words.get(i + 1).start())).stream().filter(m -> m.word() <= 2)
                        .map(m -> m.name().kind() == Kind.STATE ? m.name().key() : m.name().state()).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The call drafted before between the same states, when one of the two has no day of its own; or -1. */
    private static int sameCall(List<EventDraft> events, EventDraft call) {
        for (int i = 0; i < events.size(); i++) {
            EventDraft earlier = events.get(i);
            if (earlier.kind() == EventKind.CALL && Set.copyOf(earlier.stateCodes()).equals(Set.copyOf(call.stateCodes()))
                    && (!ownDay(earlier) || !ownDay(call))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ownDay(EventDraft event) {
        return event.date() != null && !event.dateFromContext();
    }

    /** One call from two reports of it: the first's sentence and sides (the second's when only it says who placed it), the day that one of them gives. */
    private static EventDraft oneCall(EventDraft first, EventDraft second) {
        boolean secondSides = first.states().stream().allMatch(s -> s.side() == StateSide.PARTICIPANT)
                && second.states().stream().anyMatch(s -> s.side() != StateSide.PARTICIPANT);
        EventDraft dated = ownDay(first) ? first : second;
        EventDraft call = joined(first, second, List.of());
        return new EventDraft(call.kind(), dated.status(), dated.date(), dated.dateFromContext(),
                secondSides ? second.states() : first.states(), call.participants(), call.newPersons(), call.institutions(),
                call.topics(), call.place(), call.visitLevel(), call.agreementId() != null ? call.agreementId() : second.agreementId(),
                call.passage());
    }

    private static final Pattern HEAD = Pattern.compile("(?iu)глав\\p{L}*|head|chief");

    private static boolean headedBy(List<Words.Word> words, Mention mention) {
        return mention.word() > 0 && HEAD.matcher(words.get(mention.word() - 1).text()).matches();
    }

    /** The first of the record's places the sentence names as where something happened («в Астане»), if any. */
    private static @Nullable DraftPlace place(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.name().kind() == Kind.PLACE && m.afterPlacePreposition() && m.name().state() != null)
                .findFirst().map(m -> {
                    String[] names = m.name().key().split("\\|", -1);
                    return new DraftPlace(names[0], names.length > 1 ? names[1] : "", m.name().state());
                }).orElse(null);
    }

    /** The agreement the sentence names, when it names exactly one. */
    private static @Nullable Long agreement(List<Mention> mentions) {
        List<String> agreements = mentions.stream().filter(m -> m.name().kind() == Kind.AGREEMENT).map(m -> m.name().key())
                .distinct().toList();
        return agreements.size() == 1 ? Long.valueOf(agreements.getFirst()) : null;
    }

    /** A visit's level from the visitor's title the sentence names first: a prime minister, a president, a minister. */
    private static @Nullable VisitLevel visitLevel(String sentence) {
        VisitLevel level = null;
        int first = Integer.MAX_VALUE;
        for (Map.Entry<VisitLevel, Pattern> title : VISITORS.entrySet()) {
            Matcher found = title.getValue().matcher(sentence);
            if (found.find() && found.start() < first) {
                first = found.start();
                level = title.getKey();
            }
        }
        return level;
    }

    /** A person takes their state's side where the event has sides; otherwise they take part. */
    private static ParticipantRole role(EventKind kind, @Nullable String state, List<DraftState> sides) {
        StateSide side = sides.stream().filter(s -> s.code().equals(state)).map(DraftState::side).findFirst().orElse(null);
        if (side == null) {
            return ParticipantRole.PARTICIPANT;
        }
        return switch (side) {
            case HOST -> ParticipantRole.HOST;
            case GUEST -> ParticipantRole.GUEST;
            case SIGNATORY -> ParticipantRole.SIGNATORY;
            case INITIATOR -> kind == EventKind.STATEMENT ? ParticipantRole.SPEAKER : ParticipantRole.INITIATOR;
            case RECIPIENT -> ParticipantRole.RECIPIENT;
            default -> ParticipantRole.PARTICIPANT;
        };
    }

    private static Optional<StepDraft> step(List<Mention> mentions, String sentence, @Nullable UncertainDate date,
            Set<String> participations, List<String> ownStates) {
        Optional<Mention> agreement = mentions.stream().filter(m -> m.name().kind() == Kind.AGREEMENT).findFirst();
        if (agreement.isEmpty() || ownStates.isEmpty()) {
            return Optional.empty();
        }
        long agreementId = Long.parseLong(agreement.get().name().key());
        // The state taking the step is the one the sentence names first, not a party it joins.
        String state = ownStates.getFirst();
        String lower = sentence.toLowerCase(Locale.ROOT);
        Step step = lower.contains("ратифиц") || lower.contains("ratif") ? Step.RATIFIED
                : lower.contains("подпис") || lower.contains("sign") ? Step.SIGNED
                : lower.contains("объяв") || lower.contains("решени") || lower.contains("заявлени") || lower.contains("announc")
                        || lower.contains("decision") ? Step.ANNOUNCED
                : Step.ACCESSION;
        return Optional.of(new StepDraft(agreementId, agreement.get().name().name(), state, step, date,
                participations.contains(agreementId + ":" + state), sentence));
    }

    private static Optional<FigureDraft> figure(String sentence, @Nullable UncertainDate period, Map<String, Boolean> states) {
        Matcher amount = AMOUNT.matcher(sentence);
        if (!amount.find()) {
            return Optional.empty();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        Indicator indicator = lower.contains("товарооборот") || lower.contains("торгов") || lower.contains("trade") ? Indicator.TRADE_TURNOVER
                : lower.contains("экспорт") || lower.contains("export") ? Indicator.EXPORTS
                : lower.contains("импорт") || lower.contains("import") ? Indicator.IMPORTS
                : lower.contains("инвестиц") || lower.contains("invest") ? Indicator.INVESTMENT_STOCK
                : lower.contains("сделк") || lower.contains("соглашени") || lower.contains("deal") ? Indicator.DEALS_SIGNED
                : null;
        if (indicator == null) {
            return Optional.empty();
        }
        BigDecimal units = new BigDecimal(amount.group(1).replace(',', '.')).multiply(scale(amount.group(2)));
        String before = sentence.substring(Math.max(0, amount.start() - 30), amount.start());
        Qualifier qualifier = MORE_THAN.matcher(before).find() ? Qualifier.MORE_THAN
                : LESS_THAN.matcher(before).find() ? Qualifier.LESS_THAN
                : ABOUT.matcher(before).find() ? Qualifier.ABOUT : Qualifier.EXACT;
        Matcher percent = PERCENT.matcher(sentence);
        String change = null;
        Qualifier changeQualifier = Qualifier.EXACT;
        if (percent.find()) {
            boolean down = lower.contains("сократил") || lower.contains("снизил") || lower.contains("упал") || lower.contains("decreas")
                    || lower.contains("fell");
            change = (down ? "-" : "") + percent.group(1).replace(',', '.');
            changeQualifier = ABOUT.matcher(sentence.substring(Math.max(0, percent.start() - 20), percent.start())).find()
                    ? Qualifier.ABOUT : Qualifier.EXACT;
        }
        List<String> codes = states.keySet().stream().map(key -> key.split(" ")[0]).toList();
        return Optional.of(new FigureDraft(codes.isEmpty() ? null : codes.getFirst(), codes.size() < 2 ? null : codes.get(1),
                indicator, period, units.stripTrailingZeros().toPlainString(), currency(amount.group(3)), qualifier, change,
                changeQualifier, sentence));
    }

    private static BigDecimal scale(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.startsWith("млрд") || lower.startsWith("billion") || lower.equals("bn") ? BigDecimal.TEN.pow(9)
                : lower.startsWith("млн") || lower.startsWith("million") ? BigDecimal.TEN.pow(6) : BigDecimal.TEN.pow(3);
    }

    private static String currency(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.startsWith("евро") || lower.equals("eur") ? "EUR" : lower.startsWith("тенге") ? "KZT"
                : lower.startsWith("рубл") ? "RUB" : "USD";
    }
}
