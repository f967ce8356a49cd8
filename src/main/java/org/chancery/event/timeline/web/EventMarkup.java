package org.chancery.event.timeline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.common.UncertainDateFormat;
import org.chancery.common.UncertainDate;
import org.chancery.common.web.HtmlText;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.CalendarSections.MonthSection;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineEntry.ParticipantRef;
import org.chancery.event.timeline.TimelineEntry.SourceRef;
import org.chancery.event.timeline.TimelineEntry.StateRef;
import org.chancery.event.timeline.TimelineEntry.TopicRef;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unbescape.uri.UriEscape;

/**
 * The markup of an event in a list: the one place it is written. Every list of events (the
 * timeline, a state's, a person's and an institution's pages, search, the pair dashboard's
 * briefing, the home page) shows it through {@code fragments/events.html}, whose fragments call
 * this bean, a model attribute of every page ({@link EventMarkupAttribute}):
 * {@code ${eventMarkup.entry(entry, headingLevel, #locale)}}. A Thymeleaf fragment
 * evaluated some fifty expressions and three nested fragments an event (about 0.5 ms each under
 * load, two thirds of a timeline page of fifty events); written here it is a string built in a
 * few microseconds, escaped exactly as Thymeleaf escapes text and attributes
 * ({@link HtmlText}), its links built as {@code @{…}} builds them (the
 * context path, path segments and query values escaped), its words from the same messages.
 */
@Component("eventMarkup")
public class EventMarkup {

    private final MessageSource messages;

    EventMarkup(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One event with its parts: its title an {@code h4} where {@code headingLevel} is 4 (under
     * the timeline's year and month headings), an {@code h2} where it is 2, else an {@code h3}.
     */
    public String entry(TimelineEntry entry, @Nullable Integer headingLevel, Locale locale) {
        StringBuilder html = new StringBuilder(2048);
        new Writer(html, locale, contextPath()).entry(entry, headingLevel);
        return html.toString();
    }

    /**
     * {@link #entry} for each event of a month of the timeline, in their order. (Given the list
     * itself, SpEL copied it on every call to match the parameter's element type.)
     */
    public String entries(MonthSection month, @Nullable Integer headingLevel, Locale locale) {
        StringBuilder html = new StringBuilder(2048 * month.entries().size());
        Writer writer = new Writer(html, locale, contextPath());
        for (TimelineEntry entry : month.entries()) {
            writer.entry(entry, headingLevel);
        }
        return html.toString();
    }

    /** One event as a headline, for briefings: date, kind and title, its summary and sources folded under "More". */
    public String headline(TimelineEntry entry, Locale locale) {
        StringBuilder html = new StringBuilder(1024);
        new Writer(html, locale, contextPath()).headline(entry);
        return html.toString();
    }

    /**
     * The SVG band of a page's events on one time axis ({@link TimelineBand}), as
     * {@code fragments/band.html} shows it: hidden from assistive technology (the list below says
     * the same in words), its marks links out of the tab order. Nothing when there are no marks.
     * As a fragment it was seven expressions a mark, the largest part of a timeline page's
     * template after its events.
     */
    public String band(TimelineBand band, Locale locale) {
        if (band.marks().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(300 * band.marks().size() + 1500);
        int axisY = band.axisY();
        html.append("<figure class=\"band\">\n  <svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\"")
                .append(" preserveAspectRatio=\"none\" width=\"100%\" height=\"").append(band.height())
                .append("\" class=\"band-svg\" viewBox=\"0 0 1000 ").append(band.height()).append("\" data-scale=\"")
                .append(escape(band.scale())).append("\">\n    <line class=\"band-axis\" x1=\"0\" x2=\"1000\" y1=\"")
                .append(axisY).append("\" y2=\"").append(axisY).append("\"/>\n    ");
        for (TimelineBand.Tick tick : band.ticks()) {
            html.append("<line class=\"band-tick\" x1=\"").append(tick.x()).append("\" x2=\"").append(tick.x())
                    .append("\" y1=\"0\" y2=\"").append(axisY + 4).append("\"/>");
        }
        html.append("\n");
        Double breakX = band.breakX();
        if (breakX != null) {
            // a broken axis: the few events far before the rest keep a narrow segment of their own
            html.append("    <g class=\"band-break\">\n      <rect x=\"").append(breakX - 5).append("\" y=\"0\" width=\"10\" height=\"")
                    .append(band.height()).append("\"/>\n      <line x1=\"").append(breakX - 4).append("\" x2=\"").append(breakX)
                    .append("\" y1=\"").append(axisY + 4).append("\" y2=\"").append(axisY - 4).append("\"/>\n      <line x1=\"")
                    .append(breakX).append("\" x2=\"").append(breakX + 4).append("\" y1=\"").append(axisY + 4).append("\" y2=\"")
                    .append(axisY - 4).append("\"/>\n    </g>\n");
        }
        html.append("    ");
        for (TimelineBand.Mark mark : band.marks()) {
            html.append("<a href=\"#event-").append(mark.eventId()).append("\" tabindex=\"-1\">\n      <rect class=\"band-mark band-")
                    .append(escape(mark.status())).append("\" x=\"").append(mark.x()).append("\" y=\"").append(mark.y())
                    .append("\"\n            width=\"").append(mark.width()).append("\" height=\"10\" rx=\"2\"><title>")
                    .append(escape(mark.label())).append("</title></rect>\n    </a>");
        }
        html.append("\n  </svg>\n  <div class=\"band-ticks\" aria-hidden=\"true\">\n    ");
        for (TimelineBand.Tick tick : band.ticks()) {
            // the axis labels are HTML under the stretched SVG, so they keep their shape on a phone
            html.append("<span style=\"left: ").append(tick.x() / 10).append('%').append(tick.x() > 920 ? "\" class=\"tick-end\">" : "\">")
                    .append(escape(tick.label())).append("</span>");
        }
        Writer words = new Writer(html, locale, "");
        html.append("\n  </div>\n  <figcaption class=\"band-legend\">\n    <span>").append(words.word("timeline.band"))
                .append("</span>\n    <span class=\"band-brush-hint\" hidden>").append(words.word("timeline.bandBrush"))
                .append("</span>\n    <span class=\"legend\"><span class=\"swatch band-happened\"></span><span>")
                .append(words.word("timeline.bandLegend.happened"))
                .append("</span></span>\n    <span class=\"legend\"><span class=\"swatch band-planned\"></span><span>")
                .append(words.word("timeline.bandLegend.planned"))
                .append("</span></span>\n    <span class=\"legend\"><span class=\"swatch band-cancelled\"></span><span>")
                .append(words.word("timeline.bandLegend.other")).append("</span></span>\n  </figcaption>\n</figure>");
        return html.toString();
    }

    private static String contextPath() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getContextPath();
        }
        return "";
    }

    private final class Writer {

        private final StringBuilder html;
        private final Locale locale;
        private final String contextPath;
        private final Map<String, String> words = new HashMap<>();

        Writer(StringBuilder html, Locale locale, String contextPath) {
            this.html = html;
            this.locale = locale;
            this.contextPath = contextPath;
        }

        void entry(TimelineEntry entry, @Nullable Integer headingLevel) {
            open(entry, "event");
            meta(entry);
            String heading = headingLevel != null && headingLevel == 4 ? "h4" : headingLevel != null && headingLevel == 2 ? "h2" : "h3";
            title(entry, heading);
            summary(entry, "  ");
            if (!entry.states().isEmpty()) {
                html.append("  <ul class=\"event-states\" aria-label=\"").append(word("event.states")).append("\">\n");
                for (StateRef state : entry.states()) {
                    String name = escape(state.name(locale));
                    html.append("    <li>\n      <a href=\"").append(link("/states/", state.code())).append("\"><abbr title=\"")
                            .append(name).append("\">").append(escape(state.code())).append("</abbr>\n      <span>")
                            .append(name).append("</span></a>\n      <span class=\"side\">(")
                            .append(word("event.side." + state.side())).append(")</span>\n    </li>\n");
                }
                html.append("  </ul>\n");
            }
            if (!entry.participants().isEmpty()) {
                html.append("  <ul class=\"event-participants\" aria-label=\"").append(word("event.participants"))
                        .append("\">\n");
                for (ParticipantRef person : entry.participants()) {
                    html.append("    <li>\n      <a href=\"").append(link("/persons/", Long.toString(person.id()))).append("\">")
                            .append(escape(person.name(locale))).append("</a>");
                    String office = person.office(locale);
                    if (office != null) {
                        html.append("<span class=\"office\">, ").append(escape(office)).append("</span>");
                    }
                    html.append("\n    </li>\n");
                }
                html.append("  </ul>\n");
            }
            if (!entry.topicRefs().isEmpty()) {
                html.append("  <ul class=\"event-topics\" aria-label=\"").append(word("event.topics")).append("\">\n");
                for (TopicRef topic : entry.topicRefs()) {
                    html.append("    <li><a href=\"").append(escape(contextPath)).append("/timeline?topic=")
                            .append(escape(UriEscape.escapeUriQueryParam(topic.code()))).append("\">")
                            .append(escape(topic.name(locale))).append("</a></li>\n");
                }
                html.append("  </ul>\n");
            }
            sources(entry, "  ");
            html.append("</article>\n");
        }

        void headline(TimelineEntry entry) {
            open(entry, "event event-headline");
            meta(entry);
            title(entry, "h3");
            html.append("  <details class=\"event-more\">\n    <summary>").append(word("event.more")).append("</summary>\n");
            summary(entry, "    ");
            sources(entry, "    ");
            html.append("  </details>\n</article>\n");
        }

        private void open(TimelineEntry entry, String classes) {
            html.append("<article class=\"").append(classes);
            if (entry.status() != EventStatus.HAPPENED) {
                html.append(" event-").append(entry.status().name().toLowerCase(Locale.ROOT));
            }
            html.append("\" id=\"event-").append(entry.id()).append("\">\n");
        }

        /** The date as recorded, kind and status (overdue too): the line above the title. */
        private void meta(TimelineEntry entry) {
            html.append("  <p class=\"event-meta\">\n  <time class=\"event-date\" datetime=\"").append(escape(entry.date().toEdtf()))
                    .append("\">").append(escape(UncertainDateFormat.format(entry.date(), locale))).append("</time>\n")
                    .append("  <span class=\"event-kind\">").append(word("event.kind." + entry.kind().name()))
                    .append("</span>\n");
            if (entry.status() != EventStatus.HAPPENED) {
                html.append("  <span class=\"event-status\">").append(word("event.status." + entry.status().name()))
                        .append("</span>\n");
            }
            if (entry.overdue()) {
                html.append("  <span class=\"event-overdue\">").append(word("event.status.overdue")).append("</span>\n");
            }
            html.append("</p>\n");
        }

        private void title(TimelineEntry entry, String heading) {
            html.append("  <").append(heading).append(" class=\"event-title\"><a href=\"")
                    .append(link("/events/", Long.toString(entry.id()))).append("\">").append(escape(entry.title(locale)))
                    .append("</a></").append(heading).append(">\n");
        }

        private void summary(TimelineEntry entry, String indent) {
            String summary = entry.summary(locale);
            if (summary != null) {
                html.append(indent).append("<p class=\"event-summary\">").append(escape(summary)).append("</p>\n");
            }
        }

        /** Each source linked where it has an address, its passage on hover, its day written out. */
        private void sources(TimelineEntry entry, String indent) {
            html.append(indent).append("<p class=\"event-sources\">\n").append(indent).append("<span>")
                    .append(word("event.sources")).append("</span>\n");
            List<SourceRef> sources = entry.sources();
            for (int i = 0; i < sources.size(); i++) {
                SourceRef source = sources.get(i);
                String name = escape(source.outlet() != null ? source.outlet() : source.title());
                html.append(indent).append("  ");
                if (source.url() != null) {
                    html.append("<a href=\"").append(escape(source.url())).append("\" rel=\"noopener noreferrer\"");
                    passage(source);
                    html.append('>').append(name).append("</a>");
                } else {
                    html.append("<cite");
                    passage(source);
                    html.append('>').append(name).append("</cite>");
                }
                if (source.publishedOn() != null) {
                    html.append("<span>, ").append(escape(UncertainDateFormat.format(UncertainDate.day(source.publishedOn()), locale)))
                            .append("</span>");
                }
                if (i < sources.size() - 1) {
                    html.append("<span>; </span>");
                }
                html.append('\n');
            }
            html.append(indent).append("</p>\n");
        }

        private void passage(SourceRef source) {
            if (source.quotedPassage() != null) {
                html.append(" title=\"").append(escape(source.quotedPassage())).append('"');
            }
        }

        /** A link within the site, as {@code @{/states/{code}(code=…)}} builds it. */
        private String link(String path, String segment) {
            return escape(contextPath + path + UriEscape.escapeUriPathSegment(segment));
        }

        /** The message {@code key} in the page's language, escaped: looked up once a list (a month's, on the timeline), not once an event. */
        private String word(String key) {
            return words.computeIfAbsent(key, missing -> HtmlText.escape(messages.getMessage(missing, null, locale)));
        }
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}
