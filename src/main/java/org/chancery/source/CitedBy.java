package org.chancery.source;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.chancery.common.References;

/**
 * How many live records cite a source: events, steps of live agreements, economic figures.
 * A source stays while any of them does, so no fact is left without its provenance.
 */
public record CitedBy(long events, long participationSteps, long economicFigures) {

    /** The three counts as columns of a statement over {@code source s}. */
    public static final String COLUMNS = """
            (select count(*) from event_source es join event e on e.id = es.event_id
              where es.source_id = s.id and e.deleted_at is null) as cited_by_events,
            (select count(*) from participation_step ps
               join participation p on p.id = ps.participation_id join agreement a on a.id = p.agreement_id
              where ps.source_id = s.id and a.deleted_at is null) as cited_by_steps,
            (select count(*) from economic_figure f
              where f.source_id = s.id and f.deleted_at is null) as cited_by_figures""";

    public static CitedBy from(ResultSet row) throws SQLException {
        return new CitedBy(row.getLong("cited_by_events"), row.getLong("cited_by_steps"), row.getLong("cited_by_figures"));
    }

    /** The citing records, for a refusal to delete the source. */
    public References references() {
        return new References().count(events, "event", "events")
                .count(participationSteps, "participation step", "participation steps")
                .count(economicFigures, "economic figure", "economic figures");
    }
}
