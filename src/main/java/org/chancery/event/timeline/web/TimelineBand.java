package org.chancery.event.timeline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.chancery.common.UncertainDateFormat;
import org.chancery.event.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * The events of a page drawn on one time axis, as the SVG band above the list draws them: a
 * day is a short mark, an uncertain date a bar from its earliest to its latest possible day,
 * so how precisely each event is known can be seen at a glance. Overlapping bars take
 * separate lanes. Where a few events lie far from the rest (one of 1992 beside twenty since
 * 2023), the axis is broken: they keep a narrow segment of their own, the rest the width,
 * and {@code breakX} is where the break is drawn. Coordinates are in the units of the SVG's
 * view box; {@code scale} names the days each segment spans, for the script that lets a span
 * brushed across the band set the period filter.
 */
public record TimelineBand(List<Mark> marks, List<Tick> ticks, int height, @Nullable Double breakX, String scale) {

    static final int WIDTH = 1000;
    static final int LANE_HEIGHT = 14;
    static final int MAX_LANES = 6;
    private static final int MARGIN = 12;
    private static final double MIN_MARK_WIDTH = 5;
    /** Below the lanes: the axis line; its labels are written under the SVG, in HTML. */
    private static final int AXIS_HEIGHT = 10;
    /** A gap wider than this share of the whole span breaks the axis… */
    private static final double BREAK_GAP = 0.5;
    /** …when at most this share of the events lie on its far side… */
    private static final double BREAK_FEW = 0.25;
    /** …which then gets this share of the width. */
    private static final double BREAK_WIDTH = 0.12;

    /** One event: {@code y} is the top of its lane; {@code status} styles it (planned, happened …). */
    public record Mark(long eventId, double x, double y, double width, String status, String label) {
    }

    public record Tick(double x, String label) {
    }

    static TimelineBand of(List<TimelineEntry> entries, Locale locale) {
        if (entries.isEmpty()) {
            return new TimelineBand(List.of(), List.of(), AXIS_HEIGHT, null, "");
        }
        List<TimelineEntry> oldestFirst = entries.stream()
                .sorted(Comparator.comparing((TimelineEntry entry) -> entry.date().earliest()).thenComparing(TimelineEntry::id))
                .toList();
        LocalDate start = oldestFirst.getFirst().date().earliest();
        LocalDate end = entries.stream().map(entry -> entry.date().latest()).max(Comparator.naturalOrder()).orElseThrow()
                .plusDays(1);
        if (ChronoUnit.DAYS.between(start, end) < 60) {
            // A few days would fill the band with one bar; show at least two months around them.
            start = start.minusDays(30).withDayOfMonth(1);
            end = end.plusDays(30);
        }
        Scale scale = scaleFor(oldestFirst, start, end);
        double[] laneEnds = new double[MAX_LANES];
        Arrays.fill(laneEnds, Double.NEGATIVE_INFINITY);
        int lanesUsed = 1;
        List<Mark> marks = new ArrayList<>();
        for (TimelineEntry entry : oldestFirst) {
            double x = scale.x(entry.date().earliest());
            double width = Math.max(MIN_MARK_WIDTH, scale.x(entry.date().latest().plusDays(1)) - x);
            int lane = 0;
            for (int candidate = 0; candidate < MAX_LANES; candidate++) {
                if (laneEnds[candidate] + 2 <= x) {
                    lane = candidate;
                    break;
                }
                if (laneEnds[candidate] < laneEnds[lane]) {
                    lane = candidate;
                }
            }
            laneEnds[lane] = Math.max(laneEnds[lane], x + width);
            lanesUsed = Math.max(lanesUsed, lane + 1);
            String label = UncertainDateFormat.format(entry.date(), locale) + ": " + entry.title(locale);
            marks.add(new Mark(entry.id(), round(x), lane * LANE_HEIGHT + 4, round(width),
                    entry.status().name().toLowerCase(Locale.ROOT), label));
        }
        List<Tick> ticks = new ArrayList<>();
        for (Segment segment : scale.segments()) {
            ticks.addAll(ticks(segment.start(), segment.end(), scale, locale, segment != scale.segments().getLast()));
        }
        return new TimelineBand(List.copyOf(marks), List.copyOf(ticks), lanesUsed * LANE_HEIGHT + 4 + AXIS_HEIGHT,
                scale.segments().size() > 1 ? round(scale.segments().getFirst().to()) : null, scale.encoded());
    }

    /**
     * One segment over the whole width, or two with a break where the widest gap between the
     * events leaves only a few of them before it.
     */
    private static Scale scaleFor(List<TimelineEntry> oldestFirst, LocalDate start, LocalDate end) {
        long span = ChronoUnit.DAYS.between(start, end);
        LocalDate reached = oldestFirst.getFirst().date().latest();
        long widest = 0;
        int before = 0;
        LocalDate gapStart = null;
        LocalDate gapEnd = null;
        for (int i = 1; i < oldestFirst.size(); i++) {
            LocalDate next = oldestFirst.get(i).date().earliest();
            long gap = ChronoUnit.DAYS.between(reached, next);
            if (gap > widest) {
                widest = gap;
                before = i;
                gapStart = reached.plusDays(1);
                gapEnd = next;
            }
            if (oldestFirst.get(i).date().latest().isAfter(reached)) {
                reached = oldestFirst.get(i).date().latest();
            }
        }
        double inner = WIDTH - 2.0 * MARGIN;
        if (gapStart == null || widest < BREAK_GAP * span || before > BREAK_FEW * oldestFirst.size()) {
            return new Scale(List.of(new Segment(start, end, MARGIN, MARGIN + inner)));
        }
        // the few keep their own years (padded to a year), the rest the width after the break
        LocalDate earlyEnd = gapStart.withDayOfYear(1).plusYears(1);
        LocalDate lateStart = gapEnd.withDayOfMonth(1).minusMonths(1);
        double breakAt = MARGIN + inner * BREAK_WIDTH;
        return new Scale(List.of(new Segment(start.withDayOfYear(1), earlyEnd, MARGIN, breakAt - 6),
                new Segment(lateStart, end, breakAt + 6, MARGIN + inner)));
    }

    /** The y of the axis line: below the lanes. */
    public int axisY() {
        return height - AXIS_HEIGHT / 2;
    }

    private static List<Tick> ticks(LocalDate start, LocalDate end, Scale scale, Locale locale, boolean beforeBreak) {
        long months = ChronoUnit.MONTHS.between(start, end);
        List<Tick> ticks = new ArrayList<>();
        if (beforeBreak) {
            // the narrow segment before a break: its first year is label enough
            return List.of(new Tick(round(scale.x(start)), String.valueOf(start.getYear())));
        }
        if (months > 36) {
            int years = (int) Math.ceil(months / 12.0);
            int step = niceStep(years);
            int first = (start.getYear() + step) / step * step;
            for (int year = first; !LocalDate.of(year, 1, 1).isAfter(end); year += step) {
                ticks.add(new Tick(round(scale.x(LocalDate.of(year, 1, 1))), String.valueOf(year)));
            }
        } else {
            int step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 24 ? 3 : 6;
            DateTimeFormatter format = DateTimeFormatter.ofPattern("LLL yyyy", locale);
            LocalDate month = start.withDayOfMonth(1).plusMonths(1);
            while (month.getMonthValue() % step != 1 % step) {
                month = month.plusMonths(1);
            }
            for (; month.isBefore(end); month = month.plusMonths(step)) {
                ticks.add(new Tick(round(scale.x(month)), month.format(format)));
            }
        }
        return List.copyOf(ticks);
    }

    private static int niceStep(int years) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
            if (years / step <= 8) {
                return step;
            }
        }
        return 200;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A span of days drawn between two x. */
    private record Segment(LocalDate start, LocalDate end, double from, double to) {

        double x(LocalDate day) {
            double days = ChronoUnit.DAYS.between(start, end);
            return from + (to - from) * ChronoUnit.DAYS.between(start, day) / days;
        }
    }

    private record Scale(List<Segment> segments) {

        /**
         * The segments as "start/end/from/to" joined by ";", for the band's script, which turns
         * a span brushed across the band back into days.
         */
        String encoded() {
            return String.join(";", segments.stream()
                    .map(segment -> segment.start() + "/" + segment.end() + "/" + round(segment.from()) + "/" + round(segment.to()))
                    .toList());
        }

        double x(LocalDate day) {
            for (Segment segment : segments) {
                if (day.isBefore(segment.end()) || segment == segments.getLast()) {
                    return segment.x(day.isBefore(segment.start()) ? segment.start() : day);
                }
            }
            throw new IllegalStateException("a scale has a segment");
        }
    }
}
