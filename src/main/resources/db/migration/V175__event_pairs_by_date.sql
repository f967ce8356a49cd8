-- The events of each pair of states, by date: what a list filtered to a pair (the API's and the
-- timeline's state and counterpart) reads with one index scan, newest first, instead of walking
-- every event by date and probing both states (about 1,800 probes for a page of the busiest
-- pair at a million events; docs/architecture.md, Reading at scale). One row per ordered pair of
-- an event's states, so both (a, b) and (b, a) are there and either order of the filter reads
-- its own rows; date_earliest is the event's, kept equal to it. Live or deleted is left to the
-- event's row, which the list joins anyway.
create table event_pair (
    event_id      bigint  not null,
    state_a       char(2) not null,
    state_b       char(2) not null,
    date_earliest date    not null
);

-- Kept by statement triggers on event_state (every way of writing states, the services, the
-- import's one statement, plain SQL) and a row trigger on a moved event date, in the same
-- transaction. A refresh rewrites the pairs of the events its statement touched from their
-- states, so inserts, deletes and a state changed in place are the same case.
create function event_pairs_refresh(ids bigint[]) returns void language sql as $$
    delete from event_pair p using unnest(ids) as touched (id) where p.event_id = touched.id;
    insert into event_pair (event_id, state_a, state_b, date_earliest)
    select a.event_id, a.state_code, b.state_code, e.date_earliest
      from unnest(ids) as touched (id)
      join event e on e.id = touched.id
      join event_state a on a.event_id = e.id
      join event_state b on b.event_id = e.id and b.state_code <> a.state_code;
$$;

create function event_pairs_of_inserted_states() returns trigger language plpgsql as $$
begin
    perform event_pairs_refresh(array(select distinct event_id from written));
    return null;
end
$$;

create function event_pairs_of_deleted_states() returns trigger language plpgsql as $$
begin
    perform event_pairs_refresh(array(select distinct event_id from removed));
    return null;
end
$$;

create function event_pairs_of_updated_states() returns trigger language plpgsql as $$
begin
    perform event_pairs_refresh(array(select event_id from removed union select event_id from written));
    return null;
end
$$;

create trigger event_pairs_of_inserted_states after insert on event_state
    referencing new table as written for each statement execute function event_pairs_of_inserted_states();
create trigger event_pairs_of_deleted_states after delete on event_state
    referencing old table as removed for each statement execute function event_pairs_of_deleted_states();
create trigger event_pairs_of_updated_states after update on event_state
    referencing old table as removed new table as written for each statement execute function event_pairs_of_updated_states();

create function event_pairs_of_moved_event() returns trigger language plpgsql as $$
begin
    update event_pair set date_earliest = new.date_earliest where event_id = new.id;
    return null;
end
$$;

create trigger event_pairs_of_moved_event after update of date_earliest on event
    for each row when (old.date_earliest is distinct from new.date_earliest)
    execute function event_pairs_of_moved_event();

-- A load made with triggers off (session_replication_role = replica: the benchmark's fill, the
-- cost guard's fixture) writes event_state in one statement, so these fire once for it, set-based.
alter table event_state enable always trigger event_pairs_of_inserted_states;
alter table event_state enable always trigger event_pairs_of_deleted_states;
alter table event_state enable always trigger event_pairs_of_updated_states;
alter table event enable always trigger event_pairs_of_moved_event;

-- The existing record's pairs, in four shares so that no statement meets the pool's 30 s
-- statement timeout on a loaded machine (2,000,000 rows for a million events: about 6 s in all
-- at load 3), then the keys and indexes over the loaded table.
insert into event_pair (event_id, state_a, state_b, date_earliest)
select a.event_id, a.state_code, b.state_code, e.date_earliest
  from event_state a join event_state b on b.event_id = a.event_id and b.state_code <> a.state_code
  join event e on e.id = a.event_id where a.event_id % 4 = 0;
insert into event_pair (event_id, state_a, state_b, date_earliest)
select a.event_id, a.state_code, b.state_code, e.date_earliest
  from event_state a join event_state b on b.event_id = a.event_id and b.state_code <> a.state_code
  join event e on e.id = a.event_id where a.event_id % 4 = 1;
insert into event_pair (event_id, state_a, state_b, date_earliest)
select a.event_id, a.state_code, b.state_code, e.date_earliest
  from event_state a join event_state b on b.event_id = a.event_id and b.state_code <> a.state_code
  join event e on e.id = a.event_id where a.event_id % 4 = 2;
insert into event_pair (event_id, state_a, state_b, date_earliest)
select a.event_id, a.state_code, b.state_code, e.date_earliest
  from event_state a join event_state b on b.event_id = a.event_id and b.state_code <> a.state_code
  join event e on e.id = a.event_id where a.event_id % 4 = 3;

alter table event_pair add constraint event_pair_pk primary key (event_id, state_a, state_b);
-- The pair's page: newest first is this index read backwards, the cursor's (date, id) a row
-- comparison on its last two columns.
create index event_pair_by_date_idx on event_pair (state_a, state_b, date_earliest, event_id);
alter table event_pair add constraint event_pair_event_fk foreign key (event_id) references event (id) on delete cascade;
analyze event_pair;
