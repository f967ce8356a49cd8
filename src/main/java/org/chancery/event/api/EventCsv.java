package org.chancery.event.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chancery.common.UncertainDate;
import org.chancery.event.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * An event as one CSV record. The date is written as recorded ({@code date} in EDTF, with its
 * bounds, precision and "approximately" beside it), never as a day it was not given. Lists
 * within a field are separated by {@code ;}. Every event has a source, so {@code source_ids}
 * is never empty; {@code source_urls} and {@code source_outlets} hold one entry per source in
 * the same order, empty where a source has none (an article may have neither).
 */
final class EventCsv {

    static final List<String> HEADER = List.of("id", "kind", "status", "date", "date_earliest", "date_latest",
            "date_precision", "date_approximate", "title_en", "title_ru", "states", "participants", "topics",
            "source_ids", "source_urls", "source_outlets", "updated_at");

    private EventCsv() {
    }

    static List<@Nullable String> fields(TimelineEntry entry) {
        UncertainDate date = entry.date();
        return java.util.Arrays.asList(
                String.valueOf(entry.id()),
                entry.kind().name(),
                entry.status().name(),
                date.toEdtf(),
                date.earliest().toString(),
                date.latest().toString(),
                date.precision().name(),
                String.valueOf(date.approximate()),
                entry.titleEn(),
                entry.titleRu(),
                list(entry.states(), state -> state.code() + ":" + state.side()),
                list(entry.participants(), person -> person.nameEn() + ":" + person.role()),
                String.join(";", entry.topics()),
                list(entry.sources(), source -> String.valueOf(source.id())),
                list(entry.sources(), TimelineEntry.SourceRef::url),
                list(entry.sources(), TimelineEntry.SourceRef::outlet),
                entry.updatedAt().toString());
    }

    private static <T> String list(List<T> items, Function<T, @Nullable String> field) {
        return items.stream().map(field).map(value -> Objects.requireNonNullElse(value, ""))
                .collect(Collectors.joining(";"));
    }
}
