-- The exports read every live event newest first (TimelineExport): a walk of event_date_idx, then
-- each event's stored document (V160) from event_listing by primary key. At a million events both
-- reads were random: the walk fetched each event's heap row for its kind, status and window (the
-- line's head and the overdue flag), and event_listing (2.4 GB, its rows in the order they were
-- built, by id) was read one page an event, against 128 MB of shared buffers. psql, a page of
-- 5,000 events at load 8-11: 350-500 ms; with the two changes below 50-150 ms
-- (docs/benchmarks.md, "Exports read in order").
--
-- 1. The date index carries what the walk reads besides the keys, so the export's walk (and
--    the overdue check's outer row) is an index-only scan. Same key as before, so every other
--    reader of the index is served as it was, and an insert still writes thirteen indexes.
-- The pool's statements stop at 30 s (a request's limit). At a million events read from a cold
-- cache the first share below took longer and the whole migration was rolled back at the start,
-- so the limit is lifted for this migration's transaction alone (the pool's 60 s socket timeout
-- still bounds each statement).
set local statement_timeout = 0;

drop index event_date_idx;
create index event_date_idx on event (date_earliest desc, id desc) include (kind, status, date_latest, deleted_at);

-- 2. event_listing is written again in the exports' order (newest event first), so that the
--    documents of consecutive lines sit on the same pages and a page of the export reads its
--    rows off a few hundred consecutive heap pages instead of one page a row. The table is
--    made anew and filled tile by tile (each statement a share of the events, below the pool's
--    socket timeout of 60 s at a million events), then given its key, its foreign key and the
--    triggers of the old one, which is dropped. Rows written later (new events, changed
--    documents) go where there is room, so the order holds for the record as it was at this
--    migration and at a load (bench/generate.sql calls this too), and decays with writes: a
--    later call restores it. Call it for part 0 … parts - 1 in one transaction.
create function event_listing_reorder(part int, parts int) returns void language plpgsql as $$
declare
    old_trigger record;
begin
    if part = 0 then
        alter table event_listing rename to event_listing_unordered;
        alter table event_listing_unordered rename constraint event_listing_pkey to event_listing_unordered_pkey;
        alter table event_listing_unordered rename constraint event_listing_event_id_fkey to event_listing_unordered_event_id_fkey;
        create table event_listing (like event_listing_unordered including defaults including storage including compression);
        execute format('create temp table event_listing_tiles on commit drop as '
                       'select id, date_earliest, ntile(%s) over (order by date_earliest desc, id desc) as tile from event', parts);
        create index on event_listing_tiles (tile);
        analyze event_listing_tiles;
    end if;
    -- each event's row looked up by key, in the tile's order (a hash join would read the whole
    -- old table for every tile)
    perform set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true);
    insert into event_listing
    select u.* from event_listing_tiles t join event_listing_unordered u on u.event_id = t.id
     where t.tile = part + 1
     order by t.date_earliest desc, t.id desc;
    perform set_config('enable_hashjoin', 'on', true), set_config('enable_mergejoin', 'on', true);
    if part = parts - 1 then
        alter table event_listing add constraint event_listing_pkey primary key (event_id);
        alter table event_listing add constraint event_listing_event_id_fkey
            foreign key (event_id) references event (id) on delete cascade;
        for old_trigger in
            select t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) as definition
              from pg_trigger t where t.tgrelid = 'event_listing_unordered'::regclass and not t.tgisinternal
        loop
            execute regexp_replace(old_trigger.definition, ' ON (public\.)?event_listing_unordered ', ' ON event_listing ');
            execute format('alter table event_listing %s trigger %I',
                           case old_trigger.tgenabled when 'R' then 'enable replica' when 'A' then 'enable always'
                                                      when 'D' then 'disable' else 'enable' end,
                           old_trigger.tgname);
        end loop;
        drop table event_listing_unordered;
        drop table event_listing_tiles;
        analyze event_listing;
    end if;
end
$$;

select event_listing_reorder(0, 16);
select event_listing_reorder(1, 16);
select event_listing_reorder(2, 16);
select event_listing_reorder(3, 16);
select event_listing_reorder(4, 16);
select event_listing_reorder(5, 16);
select event_listing_reorder(6, 16);
select event_listing_reorder(7, 16);
select event_listing_reorder(8, 16);
select event_listing_reorder(9, 16);
select event_listing_reorder(10, 16);
select event_listing_reorder(11, 16);
select event_listing_reorder(12, 16);
select event_listing_reorder(13, 16);
select event_listing_reorder(14, 16);
select event_listing_reorder(15, 16);
