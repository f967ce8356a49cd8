package org.chancery.relations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.chancery.common.Language;
import org.chancery.agreement.Standing;
import org.chancery.common.UncertainDate;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.state.StateDirectory.StateName;
import org.jspecify.annotations.Nullable;

/**
 * Everything the pair dashboard shows about two states, as of {@code today}: the analyst's
 * question "what has moved between them, what is still pending, what is coming up" answered
 * from the record.
 *
 * @param memoranda     the newest memoranda the two signed
 * @param moreMemoranda the record holds more of them than listed (the page links to the timeline)
 */
public record PairDashboard(
        StateName a,
        StateName b,
        LocalDate today,
        @Nullable LocalDate since,
        List<AgreementStanding> agreements,
        List<AgreementStep> agreementSteps,
        List<Memorandum> memoranda,
        boolean moreMemoranda,
        List<FigureGroup> figures,
        List<TimelineEntry> latest,
        List<PlannedEvent> planned,
        List<Contact> contacts) {

    /**
     * What is still pending between the two: open commitments (an announcement no signature
     * followed, of either side), signed memoranda whose content is still to be carried out,
     * and planned events whose window has closed.
     */
    public List<OpenCommitment> openCommitments() {
        return agreements.stream()
                .flatMap(agreement -> Stream.of(new OpenCommitment(agreement, agreement.a()), new OpenCommitment(agreement, agreement.b())))
                .filter(commitment -> commitment.standing().isOpenCommitment()).toList();
    }

    public List<PlannedEvent> overdue() {
        return planned.stream().filter(PlannedEvent::overdue).toList();
    }

    public boolean nothingPending() {
        return openCommitments().isEmpty() && memoranda.isEmpty() && overdue().isEmpty();
    }

    /** An announcement in an agreement that no signature followed, and who made it. */
    public record OpenCommitment(AgreementStanding agreement, Standing standing) {
    }

    /** An agreement both states take part in, and where each of them stands. */
    public record AgreementStanding(long id, String nameEn, String nameRu, String kind, boolean multilateral,
            Standing a, Standing b) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /**
     * One step one of the states took in an agreement the other takes part in too, with its
     * source and the event that recorded it, if any.
     */
    public record AgreementStep(long agreementId, String agreementEn, String agreementRu, String stateCode, String step,
            UncertainDate date, long sourceId, String sourceName, @Nullable String url, @Nullable LocalDate publishedOn,
            String quotedPassage, @Nullable Long eventId) {

        public String agreement(Locale locale) {
            return Language.pick(locale, agreementEn, agreementRu);
        }
    }

    /** A memorandum the two signed. */
    public record Memorandum(long eventId, String titleEn, String titleRu, UncertainDate date) {

        public String title(Locale locale) {
            return Language.pick(locale, titleEn, titleRu);
        }
    }

    /**
     * The figures of one indicator for one period. More than one figure means more than one
     * source; where they differ, the sources disagree and both are shown.
     */
    public record FigureGroup(String indicator, UncertainDate period, List<Figure> figures) {

        public boolean sourcesDisagree() {
            return figures.stream().map(figure -> figure.amount().stripTrailingZeros() + figure.currency() + figure.qualifier())
                    .distinct().count() > 1;
        }
    }

    public record Figure(long id, String reporterCode, String partnerCode, BigDecimal amount, String currency,
            String qualifier, @Nullable BigDecimal changePercent, @Nullable String changeQualifier,
            @Nullable String basisEn, @Nullable String basisRu, String quotedPassage,
            long sourceId, @Nullable String outlet, String sourceTitle, @Nullable String url, @Nullable LocalDate publishedOn) {

        public @Nullable String basis(Locale locale) {
            if (Language.isRussian(locale)) {
                return basisRu != null ? basisRu : basisEn;
            }
            return basisEn != null ? basisEn : basisRu;
        }

        public String sourceName() {
            return outlet != null ? outlet : sourceTitle;
        }
    }

    /** A planned event, and whether its window closes soon. */
    public record PlannedEvent(TimelineEntry entry, boolean closingSoon) {

        /** Its window has closed and no such event has happened: the flag every page shows. */
        public boolean overdue() {
            return entry.overdue();
        }
    }

    /**
     * Two officials, one of each side, at the same occasions: how often, on which kinds of
     * occasion, and when last. Each is named with the office held at the last occasion.
     */
    public record Contact(Official ofA, Official ofB, int occasions, Set<String> kinds, UncertainDate last, long lastEventId) {
    }

    public record Official(long personId, String nameEn, String nameRu, @Nullable String officeEn, @Nullable String officeRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }

        public @Nullable String office(Locale locale) {
            if (Language.isRussian(locale)) {
                return officeRu != null ? officeRu : officeEn;
            }
            return officeEn != null ? officeEn : officeRu;
        }
    }
}
