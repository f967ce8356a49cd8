package org.chancery.event.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chancery.source.web.CitedPassage;
import org.chancery.event.timeline.TimelineEntry;

/**
 * What adding a form's sources to an existing event would do, shown before it is done: the
 * event as the record has it, and each source of the form with its passage, marked where the
 * event already cites it (a source is never cited twice by one record).
 */
public record MergePreview(TimelineEntry target, List<AddedSource> sources) {

    /** A source of the form: how staff know it, the passage, and whether the event has it already. */
    public record AddedSource(String label, String passage, boolean alreadyCited) {
    }

    /**
     * @param known the source the record already holds for a row, if any (see {@code CitingWrites#knownSource})
     * @param label how a source the record holds is named in the form
     */
    static MergePreview of(TimelineEntry target, List<CitedPassage> cited,
            Function<CitedPassage, Optional<Long>> known, Function<Long, String> label) {
        Set<Long> citedByTarget = target.sources().stream().map(TimelineEntry.SourceRef::id).collect(Collectors.toSet());
        List<AddedSource> sources = cited.stream().map(passage -> {
            Optional<Long> source = known.apply(passage);
            String name = source.map(label).orElseGet(() -> passage.newSource() == null ? "" : passage.newSource().title());
            return new AddedSource(name, passage.passage(), source.filter(citedByTarget::contains).isPresent());
        }).toList();
        return new MergePreview(target, sources);
    }

    /** Whether confirming would add anything. */
    public boolean addsAny() {
        return sources.stream().anyMatch(source -> !source.alreadyCited());
    }
}
