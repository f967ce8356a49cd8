package org.chancery.event.timeline.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidParameterException;
import org.chancery.common.web.CurrentAddress;
import org.chancery.common.web.PageController;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.common.web.RecordVersionTags;
import org.chancery.event.EventQueries;
import org.chancery.event.api.TimelineParameters;
import org.chancery.event.timeline.CalendarSections;
import org.chancery.event.timeline.TimelineCursor;
import org.chancery.event.timeline.TimelineOrder;
import org.chancery.event.timeline.TimelinePage;
import org.chancery.state.StateQueries.StateName;
import org.chancery.state.StateQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /timeline}: the events an analyst filters to, grouped by year and month, a page at a
 * time. The filters are the query string (the same as the API's), so a view can be shared
 * as its address; what cannot be read is said on the page, parameter by parameter.
 */
@PageController
class TimelineController {

    private final EventQueries queries;
    private final StateQueries states;
    private final TimelineFilterWords filterWords;

    TimelineController(EventQueries queries, StateQueries states, TimelineFilterWords filterWords) {
        this.queries = queries;
        this.states = states;
        this.filterWords = filterWords;
    }

    /**
     * One read-only transaction for the page's reads (the record's version, the names typed, the
     * page itself, and the states and topics of the form when that version's are not kept yet,
     * {@link TimelineFilterWords}), which were four of their own, each a connection borrowed and
     * given back; the view is rendered after it, without a connection. The version is also the
     * ETag's of a page seen signed out (a transaction less).
     */
    @GetMapping("/timeline")
    @Transactional(readOnly = true)
    @RecordVersionTagged(readByHandler = true)
    String timeline(TimelineParameters parameters, @RequestParam(required = false) @Nullable String before,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        // the ETag's version from this transaction, not from one of its own before the handler
        long version = queries.recordVersion();
        RecordVersionTags.tag(request, version);
        TimelineFilterWords.Words words = filterWords.of(version, locale);
        TimelineParameters typed = withStatesByCode(parameters);

        model.addAttribute("filters", typed);
        model.addAttribute("stateOptions", words.stateOptions());
        model.addAttribute("kindChoices", FilterChoices.html("kind", words.kinds(), chosenConstants(typed.kind())));
        model.addAttribute("statusChoices", FilterChoices.html("status", words.statuses(), chosenConstants(typed.status())));
        model.addAttribute("topicChoices", FilterChoices.html("topic", words.topics(), chosen(typed.topic())));

        List<InvalidParameter> problems = new ArrayList<>();
        TimelineParameters.Parsed query = null;
        try {
            query = typed.parse(words.statesByCode()::containsKey, words.topics()::containsKey);
        } catch (InvalidParameterException invalid) {
            problems.addAll(invalid.parameters());
        }
        TimelineCursor.ByDate newerThan = null;
        if (before != null && !before.isBlank()) {
            try {
                if (TimelineCursor.decode(before) instanceof TimelineCursor.ByDate byDate
                        && byDate.order() == TimelineOrder.NEWEST_FIRST) {
                    newerThan = byDate;
                } else {
                    problems.add(new InvalidParameter("before", "not a cursor of this page's order"));
                }
            } catch (IllegalArgumentException tampered) {
                problems.add(new InvalidParameter("before", "not a cursor this server gave out"));
            }
            if (typed.cursor() != null && !typed.cursor().isBlank()) {
                problems.add(new InvalidParameter("before", "give either cursor or before, not both"));
            }
        }
        if (query == null || !problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems.stream().map(InvalidParameter::name).distinct().toList());
            model.addAttribute("sections", List.of());
            return "timeline/timeline";
        }

        TimelinePage page = newerThan != null
                ? queries.pageBefore(query.filter(), newerThan, query.limit())
                : queries.page(query.filter(), query.order(), query.dateCursor(), query.limit());
        model.addAttribute("page", page);
        model.addAttribute("sections", CalendarSections.of(page.entries()));
        model.addAttribute("band", TimelineBand.of(page.entries(), locale));
        model.addAttribute("pair", pair(query.filter().state(), query.filter().counterpart(), words.statesByCode()));
        model.addAttribute("filtered", isFiltered(request));
        if (page.next() != null) {
            model.addAttribute("earlierLink", link(request, "cursor", page.next().encode(), "before"));
        }
        if (page.previous() != null) {
            model.addAttribute("laterLink", link(request, "before", page.previous().encode(), "cursor"));
        }
        return "timeline/timeline";
    }

    /** Names typed into the type-ahead ("Israel", "Казахстан", "ISR") become the codes the filter reads. */
    private TimelineParameters withStatesByCode(TimelineParameters typed) {
        String state = typed.state() == null ? null : states.codeFor(typed.state());
        String counterpart = typed.counterpart() == null ? null : states.codeFor(typed.counterpart());
        return new TimelineParameters(state, counterpart, typed.kind(), typed.topic(), typed.status(), typed.from(),
                typed.to(), typed.q(), typed.limit(), typed.cursor(), typed.sort(), null, null);
    }

    /** The values ticked, as the query string has them: repeated or joined by commas. */
    private static Set<String> chosen(@Nullable List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .collect(Collectors.toSet());
    }

    /** Kinds and statuses as the parser reads them: "transport-link" is TRANSPORT_LINK. */
    private static Set<String> chosenConstants(@Nullable List<String> values) {
        return chosen(values).stream().map(value -> value.toUpperCase(Locale.ROOT).replace('-', '_'))
                .collect(Collectors.toSet());
    }

    private static @Nullable List<StateName> pair(@Nullable String state, @Nullable String counterpart,
            Map<String, StateName> byCode) {
        if (state == null || counterpart == null) {
            return null;
        }
        return List.of(byCode.get(state), byCode.get(counterpart));
    }

    /** Whether the reader narrowed the timeline at all (the language is not a filter). */
    private static boolean isFiltered(HttpServletRequest request) {
        return request.getParameterMap().keySet().stream().anyMatch(name -> !"lang".equals(name));
    }

    private static String link(HttpServletRequest request, String name, String value, String dropped) {
        Map<String, @Nullable String> changes = new HashMap<>();
        changes.put(name, value);
        changes.put(dropped, null);
        return CurrentAddress.replacing(request, changes);
    }
}
