package org.chancery.event;

import java.util.List;
import java.util.Set;

import org.chancery.common.UncertainDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The events an entry may repeat: live events of the same kind between the same pair of
 * states (the same state, for an event of one) whose date windows overlap. A visit reported
 * as "March 2026" by one article and "12 March 2026" by another is the same visit until
 * staff say otherwise.
 */
@Service
class SimilarEvents {

    /** More than this many would be the calendar, not a duplicate. */
    static final int LIMIT = 5;

    private final JdbcClient jdbc;

    SimilarEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One such event: its id, and whether it is an agreement step's own entry (V170), which follows its step. */
    record Match(long id, boolean stepEntry) {
    }

    /**
     * Such events, closest first: the same day before a wider window, then more of the
     * same participants, then the states on the same sides (the visit to Israel before the one
     * from it), then the narrower window (a visit of known days before "expected in
     * 2026"), then the nearer start; so the likeliest repeat is the first a staff member reads.
     *
     * @param sides the entry's states with their sides, as {@code KZ:HOST}
     */
    List<Match> like(EventKind kind, Set<String> stateCodes, Set<String> sides, UncertainDate date,
            Set<Long> personIds) {
        if (stateCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.step_entry from event e
                         where e.deleted_at is null and e.kind = :kind
                           and e.date_earliest <= :latest and e.date_latest >= :earliest
                           and (select count(*) from event_state s
                                 where s.event_id = e.id and s.state_code in (:codes)) >= least(2, :states)
                         order by (e.date_earliest = :earliest and e.date_latest = :latest) desc,
                                  (select count(*) from event_participant p
                                    where p.event_id = e.id and p.person_id in (:persons)) desc,
                                  (select count(*) from event_state s
                                    where s.event_id = e.id and s.state_code || ':' || s.side in (:sides)) desc,
                                  e.date_latest - e.date_earliest,
                                  abs(e.date_earliest - cast(:earliest as date)),
                                  e.id
                         limit :limit""")
                .param("kind", kind.name())
                .param("earliest", date.earliest())
                .param("latest", date.latest())
                .param("codes", stateCodes)
                .param("states", stateCodes.size())
                .param("sides", sides)
                .param("persons", personIds.isEmpty() ? Set.of(-1L) : personIds)
                .param("limit", LIMIT)
                .query((row, n) -> new Match(row.getLong("id"), row.getBoolean("step_entry")))
                .list();
    }
}
