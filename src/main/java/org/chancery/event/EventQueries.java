package org.chancery.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.chancery.common.Language;
import org.chancery.common.UncertainDate;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineCursor;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineExport;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.event.timeline.TimelineItems;
import org.chancery.event.timeline.TimelineOrder;
import org.chancery.event.timeline.TimelinePage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of events, for the event feature's pages, API and exports and for the features that
 * show events (a person's, an institution's, an agreement's page, relations, search, the home
 * page, the calendar feed): the timeline's pages and sync ({@link Timeline}), the exports
 * ({@link TimelineExport}), one event's page ({@link EventDetails}), the other events of its
 * visit ({@link Occasions}) and the events a new entry may repeat ({@link SimilarEvents}).
 * The statements live in those classes; this is the one name the rest of the application reads
 * events through.
 */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    /** The largest page the timeline and the API serve. */
    public static final int MAX_PAGE_SIZE = Timeline.MAX_PAGE_SIZE;

    private final Timeline timeline;
    private final TimelineExport export;
    private final EventDetails details;
    private final Occasions occasions;
    private final SimilarEvents similar;

    EventQueries(Timeline timeline, TimelineExport export, EventDetails details, Occasions occasions,
            SimilarEvents similar) {
        this.timeline = timeline;
        this.export = export;
        this.details = details;
        this.occasions = occasions;
        this.similar = similar;
    }

    /**
     * Everything about one event for its page: what the timeline shows and its agreement, the
     * fields of its kind, institutions and each source's author; {@code stepEntry} where it is an
     * agreement step's own entry, edited through its step.
     */
    public record EventDetail(TimelineEntry entry, @Nullable Long agreementId, @Nullable String agreementEn,
            @Nullable String agreementRu, @Nullable String visitLevel, @Nullable String visitKind,
            @Nullable String callInitiatorCode, @Nullable String callInitiatorEn, @Nullable String callInitiatorRu,
            @Nullable String memorandumSubjectEn, @Nullable String memorandumSubjectRu,
            List<InstitutionRef> institutions, Map<Long, SourceDetail> sources, boolean stepEntry) {

        public @Nullable String agreement(Locale locale) {
            return Language.pickPresent(locale, agreementEn, agreementRu);
        }

        public @Nullable String callInitiator(Locale locale) {
            return Language.pickPresent(locale, callInitiatorEn, callInitiatorRu);
        }

        public @Nullable String memorandumSubject(Locale locale) {
            return Language.pickPresent(locale, memorandumSubjectEn, memorandumSubjectRu);
        }

        public @Nullable String place(Locale locale) {
            return Language.pickPresent(locale, entry.placeEn(), entry.placeRu());
        }

        public @Nullable SourceDetail source(long id) {
            return sources.get(id);
        }
    }

    public record InstitutionRef(long id, String nameEn, String nameRu, String role) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** What the event's page adds to a source: who wrote it. */
    public record SourceDetail(long id, @Nullable String author, @Nullable LocalDate publishedOn) {
    }

    /**
     * The same reads as of another day: what is overdue is judged on {@code today} rather than
     * by the clock. Not transactional; for pages, not for {@link #forEach} or the exports.
     */
    public EventQueries asOf(LocalDate today) {
        return new EventQueries(timeline.asOf(today), export, details, occasions, similar);
    }

    /** The record's version ({@code record_version}), for a page that tags its answer from its own transaction. */
    public long recordVersion() {
        return timeline.recordVersion();
    }

    /** The newest page of live events that match {@code filter}. */
    public TimelinePage page(TimelineFilter filter, TimelineCursor.@Nullable ByDate after, int limit) {
        return timeline.page(filter, after, limit);
    }

    /** The page of live events that match {@code filter}, in {@code order}, after {@code after} (from the start when null). */
    public TimelinePage page(TimelineFilter filter, TimelineOrder order, TimelineCursor.@Nullable ByDate after, int limit) {
        return timeline.page(filter, order, after, limit);
    }

    /**
     * The same page as {@link #page(TimelineFilter, TimelineOrder, TimelineCursor.ByDate, int)}, each event
     * as the text of its stored JSON item: what the API list writes as it is.
     */
    public TimelineItems items(TimelineFilter filter, TimelineOrder order, TimelineCursor.@Nullable ByDate after,
            int limit, boolean count) {
        return timeline.items(filter, order, after, limit, count);
    }

    /** The page just before {@code before} in the newest-first order, itself newest first: the way back. */
    public TimelinePage pageBefore(TimelineFilter filter, TimelineCursor.ByDate before, int limit) {
        return timeline.pageBefore(filter, before, limit);
    }

    /** What changed since {@code since}, oldest change first, deleted events included: for scripts that sync. */
    public TimelinePage changesSince(TimelineFilter filter, Instant since, TimelineCursor.@Nullable ByChange after,
            int limit) {
        return timeline.changesSince(filter, since, after, limit);
    }

    /** How many live events match {@code filter}. */
    public long count(TimelineFilter filter) {
        return timeline.count(filter);
    }

    /** One live event, as the timeline shows it. */
    public Optional<TimelineEntry> entry(long id) {
        return timeline.entry(id);
    }

    /** These live events, earliest first (a deleted or unknown id is left out). */
    public List<TimelineEntry> entries(List<Long> ids) {
        return timeline.entries(ids);
    }

    /**
     * Hands every live event that matches {@code filter} to {@code consumer}, newest first,
     * through a server-side cursor in this class's read-only transaction: call it from the code
     * that writes the rows, not around it.
     */
    public void forEach(TimelineFilter filter, Consumer<TimelineEntry> consumer) {
        timeline.forEach(filter, consumer);
    }

    /** Each matching live event's NDJSON line, newest first. */
    public void ndjson(TimelineFilter filter, TimelineExport.Lines lines) {
        export.ndjson(filter, lines);
    }

    /** The CSV's header and then each matching live event's record, newest first, each ended by CRLF. */
    public void csv(TimelineFilter filter, TimelineExport.Lines lines) {
        export.csv(filter, lines);
    }

    /** @throws EventNotFoundException if there is no live event with that id */
    public EventDetail detail(long id) {
        return details.of(timeline.entry(id).orElseThrow(() -> EventNotFoundException.forId(id)));
    }

    /** The other live events of the visits the event {@code id} belongs to, oldest first. */
    public List<TimelineEntry> sameOccasion(long id) {
        return timeline.entries(occasions.around(id));
    }

    /**
     * The live events a new entry may repeat, the likeliest first.
     *
     * @param sides the entry's states with their sides, as {@code KZ:HOST}
     */
    public List<SimilarEvent> similarTo(EventKind kind, Set<String> stateCodes, Set<String> sides, UncertainDate date,
            Set<Long> personIds) {
        List<SimilarEvents.Match> matches = similar.like(kind, stateCodes, sides, date, personIds);
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = matches.stream().map(SimilarEvents.Match::id).toList();
        Map<Long, TimelineEntry> entries = new HashMap<>();
        timeline.entries(ids).forEach(entry -> entries.put(entry.id(), entry));
        return matches.stream().filter(match -> entries.containsKey(match.id()))
                .map(match -> new SimilarEvent(entries.get(match.id()), match.stepEntry()))
                .toList();
    }
}
