-- The event list's read model: each event's states, participants (with the office held on the
-- day), institutions, topics and sources as ready JSON, one row per event. The timeline's
-- statement (every list page, the API list, the exports) read these five parts through five
-- correlated subqueries per row (some ten index probes an event, fifty events a page); it now
-- joins one row by primary key.
--
-- Kept in the transaction of every write that changes what it shows, by statement-level
-- triggers: writes come from the services, the imports and plain SQL alike, and a trigger is
-- the one place that sees them all. Each trigger collects the events its statement touched
-- (through transition tables, so a bulk insert refreshes once) and builds their rows again
-- from the tables, with the same SQL the list used to run per row.
create table event_listing (
    event_id     bigint primary key references event (id) on delete cascade,
    states       jsonb not null,
    participants jsonb not null,
    institutions jsonb not null,
    topics       jsonb not null,
    sources      jsonb not null
);

create function event_listing_rows(ids bigint[])
returns table (event_id bigint, states jsonb, participants jsonb, institutions jsonb, topics jsonb, sources jsonb)
language sql stable as $$
    select e.id,
           (select coalesce(jsonb_agg(jsonb_build_object('code', es.state_code, 'side', es.side,
                        'nameEn', s.name_en, 'nameRu', s.name_ru) order by es.side, es.state_code), '[]')
              from event_state es join state s on s.code = es.state_code
             where es.event_id = e.id),
           (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'nameEn', p.name_en, 'nameRu', p.name_ru,
                        'role', ep.role, 'officeEn', held.title_en, 'officeRu', held.title_ru)
                        order by ep.role, p.name_en), '[]')
              from event_participant ep
              join person p on p.id = ep.person_id
              left join lateral (
                   select o.title_en, o.title_ru
                     from office_term t join office o on o.id = t.office_id
                    where t.person_id = p.id
                      and (t.held_from is null or t.held_from <= e.date_latest)
                      and (t.held_to is null or t.held_to >= e.date_earliest)
                    order by t.held_from desc nulls last, o.id
                    limit 1) held on true
             where ep.event_id = e.id),
           (select coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'nameEn', i.name_en, 'nameRu', i.name_ru,
                        'role', ei.role) order by ei.role, i.name_en), '[]')
              from event_institution ei join institution i on i.id = ei.institution_id
             where ei.event_id = e.id),
           (select coalesce(jsonb_agg(jsonb_build_object('code', t.code, 'nameEn', t.name_en, 'nameRu', t.name_ru)
                        order by t.code), '[]')
              from event_topic et join topic t on t.code = et.topic_code
             where et.event_id = e.id),
           (select coalesce(jsonb_agg(jsonb_build_object('id', so.id, 'outlet', so.outlet, 'title', so.title,
                        'url', so.url, 'publishedOn', so.published_on, 'language', so.language,
                        'quotedPassage', src.quoted_passage) order by so.published_on, so.id), '[]')
              from event_source src join source so on so.id = src.source_id
             where src.event_id = e.id)
      from event e
     where e.id = any (ids)
$$;

-- Builds these events' rows again (an id whose event is gone is skipped; its row went with it).
create function event_listing_refresh(ids bigint[]) returns void language sql as $$
    insert into event_listing (event_id, states, participants, institutions, topics, sources)
    select * from event_listing_rows(ids)
        on conflict (event_id) do update
       set states = excluded.states, participants = excluded.participants,
           institutions = excluded.institutions, topics = excluded.topics, sources = excluded.sources
     where (event_listing.states, event_listing.participants, event_listing.institutions,
            event_listing.topics, event_listing.sources)
           is distinct from
           (excluded.states, excluded.participants, excluded.institutions, excluded.topics, excluded.sources)
$$;

-- A part of an event changed: its rows carry event_id. One function for the five part tables,
-- for insert (new rows), delete (old rows) and update (both).
create function event_listing_parts_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_listing_refresh(array(select distinct event_id from changed_after));
    elsif tg_op = 'DELETE' then
        perform event_listing_refresh(array(select distinct event_id from changed_before));
    else
        perform event_listing_refresh(array(select event_id from changed_before union select event_id from changed_after));
    end if;
    return null;
end
$$;

-- The three statement triggers (insert, delete, update) of a table whose rows name events,
-- each with its transition tables.
create function event_listing_triggers(tab text, fn text) returns void language plpgsql as $$
begin
    execute format('create trigger %1$s_listing_added after insert on %1$s referencing new table as changed_after '
                   'for each statement execute function %2$s()', tab, fn);
    execute format('create trigger %1$s_listing_removed after delete on %1$s referencing old table as changed_before '
                   'for each statement execute function %2$s()', tab, fn);
    execute format('create trigger %1$s_listing_changed after update on %1$s '
                   'referencing old table as changed_before new table as changed_after '
                   'for each statement execute function %2$s()', tab, fn);
end
$$;

select event_listing_triggers(part, 'event_listing_parts_changed')
  from unnest(array['event_state', 'event_participant', 'event_institution', 'event_topic', 'event_source']) part;

-- A new event gets its row at once (with empty parts until they are written); a moved date may
-- change the office its participants held on the day.
create function event_listing_events_added() returns trigger language plpgsql as $$
begin
    perform event_listing_refresh(array(select id from added));
    return null;
end
$$;

create function event_listing_events_changed() returns trigger language plpgsql as $$
begin
    perform event_listing_refresh(array(
        select n.id from after_rows n join before_rows o on o.id = n.id
         where (o.date_earliest, o.date_latest) is distinct from (n.date_earliest, n.date_latest)));
    return null;
end
$$;

create trigger event_listing_added after insert on event
    referencing new table as added for each statement execute function event_listing_events_added();
create trigger event_listing_changed after update on event
    referencing old table as before_rows new table as after_rows
    for each statement execute function event_listing_events_changed();

-- What the parts name changed: a state, person, institution, topic or source renamed or
-- corrected. Each refreshes the events that show it, and only when what they show changed (a
-- person's version moving on alone refreshes nothing). The arguments: the part table that
-- names the record, its column, the record's key, then the columns the list shows of it.
create function event_listing_names_changed() returns trigger language plpgsql as $$
declare
    shown text[] := tg_argv[3:];
    ids bigint[];
begin
    execute format('select array(select distinct p.event_id from %I p where p.%I in ('
                   'select n.%3$I from after_rows n join before_rows o on o.%3$I = n.%3$I '
                   'where (%4$s) is distinct from (%5$s)))',
                   tg_argv[0], tg_argv[1], tg_argv[2],
                   (select string_agg('o.' || quote_ident(c), ', ') from unnest(shown) c),
                   (select string_agg('n.' || quote_ident(c), ', ') from unnest(shown) c))
       into ids;
    if cardinality(ids) > 0 then
        perform event_listing_refresh(ids);
    end if;
    return null;
end
$$;

create trigger state_listing_names after update on state
    referencing old table as before_rows new table as after_rows for each statement
    execute function event_listing_names_changed('event_state', 'state_code', 'code', 'name_en', 'name_ru');
create trigger person_listing_names after update on person
    referencing old table as before_rows new table as after_rows for each statement
    execute function event_listing_names_changed('event_participant', 'person_id', 'id', 'name_en', 'name_ru');
create trigger institution_listing_names after update on institution
    referencing old table as before_rows new table as after_rows for each statement
    execute function event_listing_names_changed('event_institution', 'institution_id', 'id', 'name_en', 'name_ru');
create trigger topic_listing_names after update on topic
    referencing old table as before_rows new table as after_rows for each statement
    execute function event_listing_names_changed('event_topic', 'topic_code', 'code', 'name_en', 'name_ru');
create trigger source_listing_names after update on source
    referencing old table as before_rows new table as after_rows for each statement
    execute function event_listing_names_changed('event_source', 'source_id', 'id',
                                                 'outlet', 'title', 'url', 'published_on', 'language');

-- An office retitled: the events of everyone who held it.
create function event_listing_offices_changed() returns trigger language plpgsql as $$
begin
    perform event_listing_refresh(array(
        select distinct ep.event_id from event_participant ep
          join office_term t on t.person_id = ep.person_id
         where t.office_id in (select n.id from after_rows n join before_rows o on o.id = n.id
                                where (o.title_en, o.title_ru) is distinct from (n.title_en, n.title_ru))));
    return null;
end
$$;

create trigger office_listing_names after update on office
    referencing old table as before_rows new table as after_rows
    for each statement execute function event_listing_offices_changed();

-- A term added, removed or moved (perhaps to another person) changes the office its holders'
-- events show.
create function event_listing_terms_changed() returns trigger language plpgsql as $$
declare
    holders bigint[];
begin
    if tg_op = 'INSERT' then
        holders := array(select person_id from changed_after);
    elsif tg_op = 'DELETE' then
        holders := array(select person_id from changed_before);
    else
        holders := array(select person_id from changed_before union select person_id from changed_after);
    end if;
    perform event_listing_refresh(array(
        select distinct ep.event_id from event_participant ep where ep.person_id = any (holders)));
    return null;
end
$$;

select event_listing_triggers('office_term', 'event_listing_terms_changed');
drop function event_listing_triggers(text, text);

-- The rows of one share of the events (those whose id leaves this remainder), built again
-- set-based: one pass over each part table rather than five probes per event. For this
-- migration and for a bulk load made with the triggers off (bench/generate.sql, with 0 of 1:
-- every event). The migration builds sixteen shares, one statement each, so that none runs
-- into the pool's statement timeout (30 s) on a large record.
create function event_listing_rebuild(share int, shares int) returns void language sql as $$
delete from event_listing where event_id % shares = share;
insert into event_listing (event_id, states, participants, institutions, topics, sources)
select e.id,
       coalesce(st.parts, '[]'), coalesce(pa.parts, '[]'), coalesce(ins.parts, '[]'),
       coalesce(tp.parts, '[]'), coalesce(so.parts, '[]')
  from event e
  left join (select es.event_id, jsonb_agg(jsonb_build_object('code', es.state_code, 'side', es.side,
                    'nameEn', s.name_en, 'nameRu', s.name_ru) order by es.side, es.state_code) as parts
               from event_state es join state s on s.code = es.state_code
              where es.event_id % shares = share
              group by es.event_id) st on st.event_id = e.id
  left join (select ep.event_id, jsonb_agg(jsonb_build_object('id', p.id, 'nameEn', p.name_en, 'nameRu', p.name_ru,
                    'role', ep.role, 'officeEn', held.title_en, 'officeRu', held.title_ru)
                    order by ep.role, p.name_en) as parts
               from event_participant ep
               join event pe on pe.id = ep.event_id
               join person p on p.id = ep.person_id
               left join lateral (
                    select o.title_en, o.title_ru
                      from office_term t join office o on o.id = t.office_id
                     where t.person_id = p.id
                       and (t.held_from is null or t.held_from <= pe.date_latest)
                       and (t.held_to is null or t.held_to >= pe.date_earliest)
                     order by t.held_from desc nulls last, o.id
                     limit 1) held on true
              where ep.event_id % shares = share
              group by ep.event_id) pa on pa.event_id = e.id
  left join (select ei.event_id, jsonb_agg(jsonb_build_object('id', i.id, 'nameEn', i.name_en, 'nameRu', i.name_ru,
                    'role', ei.role) order by ei.role, i.name_en) as parts
               from event_institution ei join institution i on i.id = ei.institution_id
              where ei.event_id % shares = share
              group by ei.event_id) ins on ins.event_id = e.id
  left join (select et.event_id, jsonb_agg(jsonb_build_object('code', t.code, 'nameEn', t.name_en, 'nameRu', t.name_ru)
                    order by t.code) as parts
               from event_topic et join topic t on t.code = et.topic_code
              where et.event_id % shares = share
              group by et.event_id) tp on tp.event_id = e.id
  left join (select src.event_id, jsonb_agg(jsonb_build_object('id', so.id, 'outlet', so.outlet, 'title', so.title,
                    'url', so.url, 'publishedOn', so.published_on, 'language', so.language,
                    'quotedPassage', src.quoted_passage) order by so.published_on, so.id) as parts
               from event_source src join source so on so.id = src.source_id
              where src.event_id % shares = share
              group by src.event_id) so on so.event_id = e.id
 where e.id % shares = share;
$$;

select event_listing_rebuild(0, 16);
select event_listing_rebuild(1, 16);
select event_listing_rebuild(2, 16);
select event_listing_rebuild(3, 16);
select event_listing_rebuild(4, 16);
select event_listing_rebuild(5, 16);
select event_listing_rebuild(6, 16);
select event_listing_rebuild(7, 16);
select event_listing_rebuild(8, 16);
select event_listing_rebuild(9, 16);
select event_listing_rebuild(10, 16);
select event_listing_rebuild(11, 16);
select event_listing_rebuild(12, 16);
select event_listing_rebuild(13, 16);
select event_listing_rebuild(14, 16);
select event_listing_rebuild(15, 16);
