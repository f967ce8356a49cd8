-- A list filtered to one topic (the API's topic=energy) walked every event by date and probed
-- the topic for each: a topic of 18 on half the events holds some 3 % of the record, so a page
-- read about 1,800 events to list 51, the slowest API list at a million events (180 tps for its
-- statement alone; docs/benchmarks.md, api9). event_topic_date holds each event's topics with
-- the event's date_earliest, kept equal to it, indexed by topic and date: a topic's page is one
-- index scan, as a pair's is from event_pair (V175). Live or deleted is left to the event's row.
set local statement_timeout = 0;

create table event_topic_date (
    event_id      bigint      not null,
    topic_code    varchar(40) not null,
    date_earliest date        not null
);

-- Kept as event_pair is: statement triggers on event_topic (the services, the import's one
-- statement, plain SQL) rewrite the rows of the events their statement touched, and a row
-- trigger on a moved event date moves them, in the transaction of the write.
create function event_topic_dates_refresh(ids bigint[]) returns void language sql as $$
    delete from event_topic_date d using unnest(ids) as touched (id) where d.event_id = touched.id;
    insert into event_topic_date (event_id, topic_code, date_earliest)
    select t.event_id, t.topic_code, e.date_earliest
      from unnest(ids) as touched (id)
      join event e on e.id = touched.id
      join event_topic t on t.event_id = e.id;
$$;

-- One function for the three statements: PL/pgSQL plans a branch when it runs, so each reads
-- only the transition tables its trigger has.
create function event_topic_dates_of_written_topics() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_topic_dates_refresh(array(select distinct event_id from written));
    elsif tg_op = 'DELETE' then
        perform event_topic_dates_refresh(array(select distinct event_id from removed));
    else
        perform event_topic_dates_refresh(array(select event_id from removed union select event_id from written));
    end if;
    return null;
end
$$;

create trigger event_topic_dates_of_inserted_topics after insert on event_topic
    referencing new table as written for each statement execute function event_topic_dates_of_written_topics();
create trigger event_topic_dates_of_deleted_topics after delete on event_topic
    referencing old table as removed for each statement execute function event_topic_dates_of_written_topics();
create trigger event_topic_dates_of_updated_topics after update on event_topic
    referencing old table as removed new table as written for each statement execute function event_topic_dates_of_written_topics();

create function event_topic_dates_of_moved_event() returns trigger language plpgsql as $$
begin
    update event_topic_date set date_earliest = new.date_earliest where event_id = new.id;
    return null;
end
$$;

create trigger event_topic_dates_of_moved_event after update of date_earliest on event
    for each row when (old.date_earliest is distinct from new.date_earliest)
    execute function event_topic_dates_of_moved_event();

-- A load made with triggers off (the benchmark's fill, the cost guard's fixture) gets its rows
-- set-based, once a statement.
alter table event_topic enable always trigger event_topic_dates_of_inserted_topics;
alter table event_topic enable always trigger event_topic_dates_of_deleted_topics;
alter table event_topic enable always trigger event_topic_dates_of_updated_topics;
alter table event enable always trigger event_topic_dates_of_moved_event;

insert into event_topic_date (event_id, topic_code, date_earliest)
select t.event_id, t.topic_code, e.date_earliest from event_topic t join event e on e.id = t.event_id;

alter table event_topic_date add constraint event_topic_date_pk primary key (event_id, topic_code);
-- The topic's page: newest first is this index read backwards.
create index event_topic_date_by_date_idx on event_topic_date (topic_code, date_earliest, event_id);
alter table event_topic_date add constraint event_topic_date_event_fk foreign key (event_id) references event (id) on delete cascade;
analyze event_topic_date;
