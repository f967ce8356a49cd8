-- A pair's latest event (state_pair_count.last_event_id, which the state page shows beside each
-- counterpart) was looked up by joining both states' event_state rows and sorting the pair's
-- whole history: for the busiest pair at a million events 57,000 events, about 55 ms a look-up,
-- two a moved event. Moving the date of 200 events of the busiest state took 23 s, all of it in
-- this trigger (docs/benchmarks.md, lead's round). event_pair (V175) holds the same pairs by date
-- in the timeline's order, so the latest is the last entry of its index for the pair.
-- Deleted events count as before: neither version looks at deleted_at.
create or replace function state_pair_latest(a char(2), b char(2)) returns table (event_id bigint, date_earliest date)
language sql stable as $$
    select p.event_id, p.date_earliest
      from event_pair p
     where p.state_a = a and p.state_b = b
     order by p.date_earliest desc, p.event_id desc
     limit 1
$$;

-- Row triggers of one event fire in the order of their names, so the look-up on a moved date
-- must come after event_pairs_of_moved_event has moved the event's pairs: renamed to sort after it.
alter trigger event_date_pair_latest on event rename to event_pairs_then_latest;
