-- A list filtered to one state (the API's state=KZ, the timeline's state alone) walked every
-- event by date and probed the state for each: at a million events about five probes a listed
-- event of the busiest state (19 % of the record), 260 for a page, the slowest list but the
-- topic's (docs/benchmarks.md, api9). event_pair (V175) already holds each event's states
-- paired by date; it now also pairs each state with itself, so that the state's events by date
-- are the rows (a, a) of the same index, read as a pair's page is: one index scan of 51 rows.
-- One row and one index entry more per event_state row (2,000,000 at a million events).
-- The statement may outlast the pool's 30 s limit on a loaded machine: lifted for this
-- migration's transaction alone, as V200 does (the 60 s socket timeout still bounds each
-- statement, hence the shares).
set local statement_timeout = 0;

create or replace function event_pairs_refresh(ids bigint[]) returns void language sql as $$
    delete from event_pair p using unnest(ids) as touched (id) where p.event_id = touched.id;
    insert into event_pair (event_id, state_a, state_b, date_earliest)
    select a.event_id, a.state_code, b.state_code, e.date_earliest
      from unnest(ids) as touched (id)
      join event e on e.id = touched.id
      join event_state a on a.event_id = e.id
      join event_state b on b.event_id = e.id;
$$;

-- The existing record's states paired with themselves, a quarter of the events a statement.
create function pg_temp.event_pairs_with_themselves(share int) returns void language sql as $$
    insert into event_pair (event_id, state_a, state_b, date_earliest)
    select s.event_id, s.state_code, s.state_code, e.date_earliest
      from event_state s join event e on e.id = s.event_id where s.event_id % 4 = share;
$$;
select pg_temp.event_pairs_with_themselves(0);
select pg_temp.event_pairs_with_themselves(1);
select pg_temp.event_pairs_with_themselves(2);
select pg_temp.event_pairs_with_themselves(3);
analyze event_pair;
