package org.chancery.event;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The events of one occasion: a visit and what happened during it (the memorandum signed, the
 * forum held, the press statement made), so each of them leads to the others. An event is
 * taken to be part of a visit when it lies within the visit's days (known to the day, a month
 * at most), in the state the visit went to, and involves every state of the visit; nothing
 * has to be entered to link them. Read through the date index: only visits that began at most
 * a month before the event are looked at.
 */
@Service
class Occasions {

    /** A visit of known days and at most a month is an occasion; "visits expected in 2026" are not. */
    static final int LONGEST_VISIT_DAYS = 31;

    private final JdbcClient jdbc;

    Occasions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The other live events of the occasions {@code eventId} belongs to, oldest first; empty for none. */
    List<Long> around(long eventId) {
        return jdbc.sql("""
                        with me as (
                            select id, date_earliest, date_latest, place_state_code from event
                             where id = :id and deleted_at is null and place_state_code is not null),
                        visit as (
                            select v.id, v.date_earliest, v.date_latest, v.place_state_code from event v join me on true
                             where v.kind = 'VISIT' and v.deleted_at is null and v.date_precision = 'DAY'
                               and v.date_latest - v.date_earliest <= :longest
                               and v.place_state_code = me.place_state_code
                               and v.date_earliest between me.date_earliest - :longest and me.date_earliest
                               and v.date_latest >= me.date_latest
                               and (v.id = me.id or not exists (
                                    select 1 from event_state vs where vs.event_id = v.id and not exists (
                                        select 1 from event_state ms where ms.event_id = me.id and ms.state_code = vs.state_code))))
                        select distinct e.id, e.date_earliest from event e join visit on true
                         where e.deleted_at is null and e.id <> :id
                           and e.date_earliest between visit.date_earliest and visit.date_latest
                           and e.date_latest <= visit.date_latest
                           and e.place_state_code = visit.place_state_code
                           and (e.id = visit.id or not exists (
                                select 1 from event_state vs where vs.event_id = visit.id and not exists (
                                    select 1 from event_state es where es.event_id = e.id and es.state_code = vs.state_code)))
                         order by e.date_earliest, e.id""")
                .param("longest", LONGEST_VISIT_DAYS)
                .param("id", eventId)
                .query((row, n) -> row.getLong("id"))
                .list();
    }
}
