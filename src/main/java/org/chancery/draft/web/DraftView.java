package org.chancery.draft.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.common.Language;
import org.chancery.common.Transliteration;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateFormat;
import org.chancery.draft.Article;
import org.chancery.draft.ArticleDrafts;
import org.chancery.event.EventStatus;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The drafts of an article as the page lists them: names in the reader's language, dates as words, the form's link. */
public record DraftView(List<Entry> events, List<Entry> figures, List<Entry> steps) {

    /**
     * One draft: what kind ({@code kindKey}, a message key), when, the states (each with its
     * side), the persons and topics, the sentence, and the address of the form filled in.
     */
    public record Entry(String kindKey, @Nullable String date, boolean dateFromContext, boolean planned, List<Side> states,
            List<String> persons, List<String> topics, @Nullable String detail, String passage,
            DraftLinks.@Nullable Opening opening, @Nullable String participationLink) {
    }

    /** A state of a draft, with the message key of its side when it has one. */
    public record Side(String name, @Nullable String sideKey) {
    }

    public int count() {
        return events.size() + figures.size() + steps.size();
    }

    static DraftView of(ArticleDrafts drafts, StateQueries states, TopicQueries topics, MessageSource messages, Locale locale) {
        Article article = drafts.article();
        Map<String, StateQueries.StateName> stateNames = states.all().stream()
                .collect(Collectors.toMap(StateQueries.StateName::code, name -> name));
        Function<String, String> state = code -> name(stateNames, code, locale);
        Map<String, String> topicNames = topics.all().stream()
                .collect(Collectors.toMap(TopicQueries.TopicName::code, topic -> topic.name(locale)));
        List<Entry> events = drafts.events().stream().map(event -> new Entry("event.kind." + event.kind(),
                date(event.date(), locale), event.dateFromContext(), event.status() == EventStatus.PLANNED,
                event.states().stream().map(s -> new Side(state.apply(s.code()), "event.side." + s.side())).toList(),
                Stream.concat(
                        event.participants().stream().map(ArticleDrafts.DraftParticipant::name).filter(name -> !name.isBlank()),
                        event.newPersons().stream().map(person -> messages.getMessage("draft.newPerson",
                                new Object[] {Language.pick(locale, person.nameEn(), person.nameRu())}, locale)))
                        .toList(),
                event.topics().stream().map(code -> topicNames.getOrDefault(code, code)).toList(),
                null, event.passage(), DraftLinks.event(event, article, title(event, stateNames, messages)), null)).toList();
        List<Entry> figures = drafts.figures().stream().map(figure -> new Entry("indicator." + figure.indicator(),
                date(figure.period(), locale), false, false,
                Stream.of(figure.reporter(), figure.partner()).filter(Objects::nonNull)
                        .map(code -> new Side(state.apply(code), null)).toList(),
                List.of(), List.of(), figure.amount() + " " + figure.currency(), figure.passage(),
                DraftLinks.figure(figure, article), null)).toList();
        List<Entry> steps = drafts.steps().stream().map(step -> new Entry("step." + step.step(), date(step.date(), locale), false,
                false, List.of(new Side(state.apply(step.state()), null)), List.of(), List.of(), step.agreementName(), step.passage(),
                step.participates() ? DraftLinks.step(step, article) : null,
                step.participates() ? null : "/agreements/" + step.agreementId() + "/participations/new"))
                .toList();
        return new DraftView(events, figures, steps);
    }

    /**
     * A title to start from, in both languages, rather than the sentence: the kind, the states
     * ("Israel – Kazakhstan") and the place, which staff may keep or sharpen.
     */
    private static DraftLinks.Title title(ArticleDrafts.EventDraft event, Map<String, StateQueries.StateName> states,
            MessageSource messages) {
        Locale english = Locale.ENGLISH;
        Locale russian = Locale.forLanguageTag("ru");
        String placeEn = event.place() == null ? "" : event.place().nameEn();
        String placeRu = event.place() == null ? "" : event.place().nameRu().isBlank()
                ? capitalised(Transliteration.toCyrillic(placeEn)) : event.place().nameRu();
        return new DraftLinks.Title(title(event, states, messages, english, " – ", placeEn),
                title(event, states, messages, russian, " — ", placeRu));
    }

    private static String title(ArticleDrafts.EventDraft event, Map<String, StateQueries.StateName> states, MessageSource messages,
            Locale language, String between, String place) {
        String kind = messages.getMessage("event.kind." + event.kind(), null, event.kind().name(), language);
        String sides = event.states().stream().map(s -> name(states, s.code(), language))
                .collect(Collectors.joining(between));
        return kind + (sides.isEmpty() ? "" : ": " + sides) + (place.isEmpty() ? "" : ", " + place);
    }

    private static String name(Map<String, StateQueries.StateName> states, String code, Locale locale) {
        StateQueries.StateName name = states.get(code);
        return name == null ? code : name.name(locale);
    }

    /** «астана» (a place the record names in Latin letters only, transliterated) → «Астана». */
    private static String capitalised(String place) {
        StringBuilder text = new StringBuilder(place);
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
            }
        }
        return text.toString();
    }

    private static @Nullable String date(@Nullable UncertainDate date, Locale locale) {
        return date == null ? null : UncertainDateFormat.format(date, locale);
    }
}
