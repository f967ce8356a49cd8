package org.chancery.event.timeline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chancery.common.UncertainDate;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineEntry.ParticipantRef;
import org.chancery.event.timeline.TimelineEntry.SourceRef;
import org.chancery.event.timeline.TimelineEntry.StateRef;
import org.chancery.event.timeline.TimelineEntry.TopicRef;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's markup as a reader gets it: what the record holds is text, never markup; its words in the reader's language. */
class EventMarkupTests {

    private final EventMarkup markup = new EventMarkup(messages());

    @Test
    void writesWhatTheRecordHoldsAsTextNeverAsMarkup() {
        String html = markup.entry(event("<script>alert(1)</script> & \"quotes\"", "http://x.example/?a=1&b=\"2\""), 4, Locale.ENGLISH);

        assertThat(html)
                .contains("<h4 class=\"event-title\"><a href=\"/events/42\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</a></h4>")
                .contains("href=\"http://x.example/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\" title=\"&lt;b&gt;said&lt;/b&gt;\">Outlet &lt;i&gt;</a>")
                .doesNotContain("<script>", "<b>said", "<i>");
    }

    @Test
    void writesTheEventsPartsWithTheirLinksAndTheReadersWords() {
        String html = markup.entry(event("Visit", null), null, Locale.forLanguageTag("ru"));

        assertThat(html)
                .startsWith("<article class=\"event event-planned\" id=\"event-42\">")
                .contains("<time class=\"event-date\" datetime=\"2026-01-27\">27 января 2026</time>")
                .contains("<span class=\"event-status\">Запланировано</span>", "<span class=\"event-overdue\">")
                .contains("<h3 class=\"event-title\"><a href=\"/events/42\">Визит</a></h3>")
                .contains("<a href=\"/states/KZ\"><abbr title=\"Казахстан\">KZ</abbr>")
                .contains("<a href=\"/persons/7\">Тлеуберди</a><span class=\"office\">, министр</span>")
                .contains("<li><a href=\"/timeline?topic=water%20and%20energy\">Вода</a></li>")
                .contains("<cite title=\"&lt;b&gt;said&lt;/b&gt;\">Outlet &lt;i&gt;</cite><span>, 28 января 2026</span>");
    }

    @Test
    void aHeadlineFoldsItsSummaryAndSourcesUnderMore() {
        String html = markup.headline(event("Visit", null), Locale.ENGLISH);

        assertThat(html).startsWith("<article class=\"event event-headline event-planned\" id=\"event-42\">")
                .contains("<details class=\"event-more\">\n    <summary>More</summary>\n    <p class=\"event-summary\">Talks</p>")
                .doesNotContain("event-states");
    }

    @Test
    void theBandLinksEachMarkToItsEventNamesItAsTextAndDrawsTheBreakOfAFarEvent() {
        List<TimelineEntry> entries = new ArrayList<>(List.of(event("<b>Far</b> visit", null), call(44, 1992)));
        for (long id = 45; id < 50; id++) {
            entries.add(call(id, 2026));
        }
        TimelineBand band = TimelineBand.of(entries, Locale.ENGLISH);

        String html = markup.band(band, Locale.ENGLISH);

        assertThat(band.breakX()).isNotNull();
        assertThat(html).startsWith("<figure class=\"band\">")
                .contains("aria-hidden=\"true\" focusable=\"false\"")
                .contains("<a href=\"#event-42\" tabindex=\"-1\">", "<a href=\"#event-44\" tabindex=\"-1\">",
                        "<a href=\"#event-49\" tabindex=\"-1\">")
                .contains("<g class=\"band-break\">")
                .contains("&lt;b&gt;Far&lt;/b&gt; visit</title>")
                .contains("<span class=\"swatch band-planned\"></span><span>planned</span>")
                .doesNotContain("<b>Far");
        assertThat(markup.band(TimelineBand.of(List.of(), Locale.ENGLISH), Locale.ENGLISH)).isEmpty();
    }

    private static TimelineEntry call(long id, int year) {
        return new TimelineEntry(id, EventKind.CALL, EventStatus.HAPPENED, "Call", "Звонок", null, null,
                UncertainDate.day(year, 1, (int) id - 40), null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, null, 0, Instant.EPOCH, null, false);
    }

    private static TimelineEntry event(String title, String url) {
        return new TimelineEntry(42, EventKind.VISIT, EventStatus.PLANNED, title, "Визит", "Talks", null,
                UncertainDate.day(2026, 1, 27), null, null, null,
                List.of(new StateRef("KZ", "HOST", "Kazakhstan", "Казахстан")),
                List.of(new ParticipantRef(7, "Tleuberdi", "Тлеуберди", "LEAD", "minister", "министр")),
                List.of(new TopicRef("water and energy", "Water", "Вода")),
                List.of(new SourceRef(3, "Outlet <i>", "Title", url, LocalDate.of(2026, 1, 28), "en", "<b>said</b>")),
                List.of(), null, null, null, null, null, null, 0, Instant.EPOCH, null, true);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
