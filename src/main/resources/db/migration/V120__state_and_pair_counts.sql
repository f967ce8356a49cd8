-- (V120, after the shipped record (db/record, V98): a database that has the record already takes
-- it, which Flyway refuses for a version below its latest; on a new one it counts the record.)
-- How many events each state has, and each ordered pair of states shares, with the pair's latest
-- event: what the state pages and the list of states show. Kept up to date by statement-level
-- triggers on event_state (and on event, for a changed date) in the transaction of the write,
-- so a page reads one row per counterpart instead of aggregating a state's whole history
-- (190,000 events for a busy one) on every view. As before, every event_state row counts,
-- whether or not its event is deleted.
create table state_event_count (
    state_code char(2) primary key references state (code),
    events     bigint  not null,
    -- never below zero; a row that reaches zero is deleted by the same trigger that counted it down
    constraint state_event_count_not_negative check (events >= 0)
);

create table state_pair_count (
    state_code    char(2) not null references state (code),
    other_code    char(2) not null references state (code),
    events        bigint  not null,
    last_event_id bigint  not null,
    last_date     date    not null,
    constraint state_pair_count_pk primary key (state_code, other_code),
    constraint state_pair_count_not_negative check (events >= 0),
    constraint state_pair_count_two_states check (state_code <> other_code)
);

-- The pair's latest event, newest first by (date_earliest, id) as the timeline orders.
create function state_pair_latest(a char(2), b char(2)) returns table (event_id bigint, date_earliest date)
language sql stable as $$
    select e.id, e.date_earliest
      from event_state x
      join event_state y on y.event_id = x.event_id and y.state_code = b
      join event e on e.id = x.event_id
     where x.state_code = a
     order by e.date_earliest desc, e.id desc
     limit 1
$$;

create function state_counts_added() returns trigger language plpgsql as $$
begin
    insert into state_event_count (state_code, events)
    select state_code, count(*) from added group by state_code
        on conflict (state_code) do update set events = state_event_count.events + excluded.events;
    insert into state_pair_count as c (state_code, other_code, events, last_event_id, last_date)
    select m.state_code, o.state_code, count(*),
           (array_agg(e.id order by e.date_earliest desc, e.id desc))[1], max(e.date_earliest)
      from event_state m
      join event_state o on o.event_id = m.event_id and o.state_code <> m.state_code
      join event e on e.id = m.event_id
     where m.event_id in (select event_id from added)
       and ((m.event_id, m.state_code) in (select event_id, state_code from added)
            or (o.event_id, o.state_code) in (select event_id, state_code from added))
     group by m.state_code, o.state_code
        on conflict (state_code, other_code) do update
       set events = c.events + excluded.events,
           last_event_id = case when (excluded.last_date, excluded.last_event_id) > (c.last_date, c.last_event_id)
                                then excluded.last_event_id else c.last_event_id end,
           last_date = greatest(c.last_date, excluded.last_date);
    return null;
end
$$;

create function state_counts_removed() returns trigger language plpgsql as $$
begin
    update state_event_count c set events = c.events - r.n
      from (select state_code, count(*) as n from removed group by state_code) r
     where c.state_code = r.state_code;
    delete from state_event_count where events <= 0;
    with remaining as (
        select event_id, state_code from event_state where event_id in (select event_id from removed)
        union all
        select event_id, state_code from removed),
    gone as (
        select m.state_code, o.state_code as other_code, count(*) as n,
               bool_or(m.event_id = c.last_event_id) as took_latest
          from remaining m
          join remaining o on o.event_id = m.event_id and o.state_code <> m.state_code
          join state_pair_count c on c.state_code = m.state_code and c.other_code = o.state_code
         where (m.event_id, m.state_code) in (select event_id, state_code from removed)
            or (o.event_id, o.state_code) in (select event_id, state_code from removed)
         group by m.state_code, o.state_code)
    update state_pair_count c
       set events = c.events - g.n,
           last_event_id = coalesce(l.event_id, c.last_event_id),
           last_date = coalesce(l.date_earliest, c.last_date)
      from gone g
      left join lateral (select * from state_pair_latest(g.state_code, g.other_code) where g.took_latest) l on true
     where c.state_code = g.state_code and c.other_code = g.other_code;
    delete from state_pair_count where events <= 0;
    return null;
end
$$;

create trigger event_state_counts_added after insert on event_state
    referencing new table as added for each statement execute function state_counts_added();
create trigger event_state_counts_removed after delete on event_state
    referencing old table as removed for each statement execute function state_counts_removed();

-- Counts again from the rows, for the pairs that involve one of these states (all, if null):
-- for the load at the end of this migration, a bulk load, and a row moved to another event or
-- state (the editor replaces an event's states by delete and insert; this is the rare path).
create function state_counts_recount(codes char(2)[]) returns void language sql as $$
    delete from state_event_count where codes is null or state_code = any (codes);
    insert into state_event_count (state_code, events)
    select state_code, count(*) from event_state
     where codes is null or state_code = any (codes)
     group by state_code;
    delete from state_pair_count where codes is null or state_code = any (codes) or other_code = any (codes);
    insert into state_pair_count (state_code, other_code, events, last_event_id, last_date)
    select m.state_code, o.state_code, count(*),
           (array_agg(e.id order by e.date_earliest desc, e.id desc))[1], max(e.date_earliest)
      from event_state m
      join event_state o on o.event_id = m.event_id and o.state_code <> m.state_code
      join event e on e.id = m.event_id
     where codes is null or m.state_code = any (codes) or o.state_code = any (codes)
     group by m.state_code, o.state_code;
$$;

create function state_counts_moved() returns trigger language plpgsql as $$
declare
    moved char(2)[];
begin
    -- A row whose side alone changed moves nothing.
    moved := array(select state_code from ((select event_id, state_code from before_rows
                                             except select event_id, state_code from after_rows)
                                            union
                                            (select event_id, state_code from after_rows
                                             except select event_id, state_code from before_rows)) m);
    if cardinality(moved) > 0 then
        perform state_counts_recount(moved);
    end if;
    return null;
end
$$;

create trigger event_state_counts_moved after update on event_state
    referencing old table as before_rows new table as after_rows for each statement execute function state_counts_moved();

-- An event's date moved: the latest event of its pairs may be another one now.
create function state_pair_latest_on_date() returns trigger language plpgsql as $$
begin
    update state_pair_count c
       set last_event_id = l.event_id, last_date = l.date_earliest
      from event_state m
      join event_state o on o.event_id = m.event_id and o.state_code <> m.state_code
      cross join lateral state_pair_latest(m.state_code, o.state_code) l
     where m.event_id = new.id and c.state_code = m.state_code and c.other_code = o.state_code;
    return null;
end
$$;

create trigger event_date_pair_latest after update of date_earliest on event
    for each row when (old.date_earliest is distinct from new.date_earliest)
    execute function state_pair_latest_on_date();

select state_counts_recount(null);

create index state_pair_count_ranking_idx on state_pair_count (state_code, events desc);
