package org.chancery.event.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.common.UncertainDate;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * One event as the timeline shows it, with its states, people, topics and sources; {@code overdue}
 * when it is planned, its window has closed, and no event of its kind among all of its states
 * is recorded as happened within the window (as of the application's clock).
 */
public record TimelineEntry(
        long id,
        EventKind kind,
        EventStatus status,
        @Nullable String titleEn,
        @Nullable String titleRu,
        @Nullable String summaryEn,
        @Nullable String summaryRu,
        UncertainDate date,
        @Nullable String placeEn,
        @Nullable String placeRu,
        @Nullable String placeStateCode,
        List<StateRef> states,
        List<ParticipantRef> participants,
        List<TopicRef> topicRefs,
        List<SourceRef> sources,
        List<InstitutionRef> institutions,
        @Nullable Long agreementId,
        @Nullable String visitLevel,
        @Nullable String visitKind,
        @Nullable String callInitiatorCode,
        @Nullable String memorandumSubjectEn,
        @Nullable String memorandumSubjectRu,
        long version,
        Instant updatedAt,
        @Nullable Instant deletedAt,
        boolean overdue) {

    /** The title in the reader's language, or in the other one where it is missing. */
    public String title(Locale locale) {
        String title = inLanguage(locale, titleEn, titleRu);
        return title != null ? title : "";
    }

    /** The codes of the topics, as scripts filter by them. */
    public List<String> topics() {
        return topicRefs.stream().map(TopicRef::code).toList();
    }

    public @Nullable String summary(Locale locale) {
        return inLanguage(locale, summaryEn, summaryRu);
    }

    static @Nullable String inLanguage(Locale locale, @Nullable String en, @Nullable String ru) {
        return Language.pickPresent(locale, en, ru);
    }

    public record StateRef(String code, String side, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** A participant, with the office the record says they held on the event's date. */
    public record ParticipantRef(long id, String nameEn, String nameRu, String role,
            @Nullable String officeEn, @Nullable String officeRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }

        public @Nullable String office(Locale locale) {
            return inLanguage(locale, officeEn, officeRu);
        }
    }

    public record InstitutionRef(long id, String nameEn, String nameRu, String role) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    public record TopicRef(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    public record SourceRef(long id, @Nullable String outlet, String title, @Nullable String url,
            @Nullable LocalDate publishedOn, String language, String quotedPassage) {
    }
}
