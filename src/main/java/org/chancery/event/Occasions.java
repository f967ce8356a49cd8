package org.chancery.event;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of one occasion: a visit and what happened during it (the memorandum signed, the
 * forum held, the press statement made), so each of them leads to the others. An event is
 * taken to be part of a visit when it lies within the visit's days, in the state the visit
 * went to, and involves every state of the visit; nothing has to be entered to link them.
 */
@Service
@Transactional(readOnly = true)
public class Occasions {

    private final JdbcClient jdbc;

    Occasions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The other live events of the occasions {@code eventId} belongs to, oldest first; empty for none. */
    public List<Long> around(long eventId) {
        return jdbc.sql("""
                        with visit as (
                            select v.id, v.date_earliest, v.date_latest, v.place_state_code from event v
                             where v.kind = 'VISIT' and v.deleted_at is null and v.place_state_code is not null
                               and (v.id = :id or exists (
                                    select 1 from event x where x.id = :id and x.deleted_at is null
                                       and x.place_state_code = v.place_state_code
                                       and x.date_earliest >= v.date_earliest and x.date_latest <= v.date_latest
                                       and not exists (
                                           select 1 from event_state vs where vs.event_id = v.id and not exists (
                                               select 1 from event_state xs where xs.event_id = x.id and xs.state_code = vs.state_code)))))
                        select distinct e.id, e.date_earliest from event e join visit on true
                         where e.deleted_at is null and e.id <> :id
                           and (e.id = visit.id or (
                                e.place_state_code = visit.place_state_code
                                and e.date_earliest >= visit.date_earliest and e.date_latest <= visit.date_latest
                                and not exists (
                                    select 1 from event_state vs where vs.event_id = visit.id and not exists (
                                        select 1 from event_state es where es.event_id = e.id and es.state_code = vs.state_code))))
                         order by e.date_earliest, e.id""")
                .param("id", eventId)
                .query((row, n) -> row.getLong("id"))
                .list();
    }
}
