-- Fills a migrated Chancery database with :n synthetic events, set-based (one INSERT ... SELECT
-- per table), skewed as a real archive is: about 19 % of the events involve Kazakhstan (KZ),
-- 5.7 % the pair Kazakhstan-Israel (KZ-IL); the rest pair two other states at random. Every
-- event has a source and two states; a third has a participant, half a topic; titles and
-- summaries come in English and Russian.
--
-- Triggers (the deferred "every event has a source" check, foreign keys' triggers, change_xid)
-- are switched off for the load with session_replication_role = replica: the rows are valid by
-- construction (ids come from the tables they point at), and the checks at the end say so.
-- Check constraints still apply.
\set ON_ERROR_STOP on
set session_replication_role = replica;
set maintenance_work_mem = '256MB';
set synchronous_commit = off;

begin;
create temporary table bench_state on commit drop as
    select row_number() over (order by code) - 1 as idx, code from state where code not in ('KZ', 'IL');

insert into person (name_en, name_ru)
select 'Bench Person ' || g, 'Тестовый Деятель ' || g from generate_series(1, 2000) g;

insert into source (outlet, title, url, language, published_on, author)
select 'Bench Wire ' || (g % 50), 'Bench report number ' || g, 'https://bench.example/' || g,
       case when g % 2 = 0 then 'en' else 'ru' end, date '1990-01-01' + (g % 13000), 'Author ' || (g % 300)
  from generate_series(1, 10000) g;

create temporary table bench_base on commit drop as
    select coalesce(max(id), 0) as event_base,
           (select min(id) from person where name_en like 'Bench Person %') as person_base,
           (select min(id) from source where title like 'Bench report number %') as source_base,
           (select count(*) from bench_state) as states,
           txid_current() as xid,
           (select array_agg(code order by code) from topic) as topics
      from event;

insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru, date_earliest, date_latest,
                   date_precision, date_approximate, place_en, place_ru, version, created_at, updated_at, change_xid)
select b.event_base + g,
       (array['VISIT','CALL','MEETING','STATEMENT','FORUM','TRANSPORT_LINK','OTHER','AGREEMENT_STEP'])[1 + g % 8],
       case when g % 97 = 0 then 'PLANNED' when g % 211 = 0 then 'CANCELLED' else 'HAPPENED' end,
       (array['Talks on','Visit about','Call on','Forum on','Statement on','Meeting on'])[1 + g % 6] || ' '
           || (array['water','energy','trade','grain','railways','uranium','tourism','education','security','digital'])[1 + (g / 7) % 10]
           || ' cooperation ' || g,
       (array['Переговоры о','Визит по','Звонок о','Форум о','Заявление о','Встреча о'])[1 + g % 6] || ' '
           || (array['воде','энергетике','торговле','зерне','железных дорогах','уране','туризме','образовании','безопасности','цифровизации'])[1 + (g / 7) % 10]
           || ' сотрудничество ' || g,
       'The sides discussed ' || (array['pipelines','harvests','flights','investment','visas','satellites'])[1 + g % 6]
           || ' and agreed to meet again.',
       'Стороны обсудили ' || (array['трубопроводы','урожай','рейсы','инвестиции','визы','спутники'])[1 + g % 6]
           || ' и договорились встретиться снова.',
       d.day, d.day, 'DAY', false, 'Bench City ' || (g % 400), 'Город ' || (g % 400), 0, now(), now(), b.xid
  from bench_base b, generate_series(1, :n) g,
       lateral (select case when g % 97 = 0 then current_date + (g % 700)
                            else date '1991-12-16' + ((g::bigint * 7919) % 12700)::int end as day) d;

-- Two states per event: the skew lives in g % 1000.
insert into event_state (event_id, state_code, side)
select b.event_base + g, x.code, x.side
  from bench_base b, generate_series(1, :n) g,
       lateral (select ((g::bigint * 2654435761) % b.states)::int as i1,
                       (1 + (g::bigint * 40503) % (b.states - 1))::int as step) h,
       lateral (select case when g % 1000 < 190 then 'KZ'
                            else (select code from bench_state where idx = h.i1) end as first,
                       case when g % 1000 < 57 then 'IL'
                            when g % 1000 < 190 then (select code from bench_state where idx = h.i1)
                            else (select code from bench_state where idx = (h.i1 + h.step) % b.states) end as second) p,
       lateral (values (p.first, 'HOST'), (p.second, 'GUEST')) x(code, side);

insert into event_participant (event_id, person_id, role)
select b.event_base + g, b.person_base + (g % 2000), 'PARTICIPANT'
  from bench_base b, generate_series(3, :n, 3) g;

insert into event_topic (event_id, topic_code)
select b.event_base + g, b.topics[1 + (g / 2) % array_length(b.topics, 1)]
  from bench_base b, generate_series(2, :n, 2) g;

insert into event_source (event_id, source_id, quoted_passage)
select b.event_base + g, b.source_base + (g % 10000), 'Passage quoted for event ' || g
  from bench_base b, generate_series(1, :n) g;

select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
commit;

set session_replication_role = origin;

-- The counts the triggers keep (V120) and the list's read model (V131, V160), built once for the
-- load, as the migrations do.
do $$
begin
    if to_regprocedure('state_counts_recount(character[])') is not null then
        perform state_counts_recount(null);
    end if;
    -- and the event list's read model (V131)
    if to_regprocedure('event_listing_documents_of(bigint[])') is not null then
        -- with triggers off, as loaded: the items' documents (V160) are then written set-based
        -- by V161's trigger, once, rather than row by row
        set local session_replication_role = replica;
        perform event_listing_rebuild(0, 1);
        set local session_replication_role = origin;
        -- and its rows put in the exports' order, as V200 did for a record already there
        if to_regprocedure('event_listing_reorder(integer,integer)') is not null then
            perform event_listing_reorder(0, 1);
        end if;
        analyze event_listing;
    elsif to_regprocedure('event_listing_rebuild(integer,integer)') is not null then
        perform event_listing_rebuild(0, 1);
        analyze event_listing;
    end if;
end
$$;
vacuum analyze event;
vacuum analyze event_state;
vacuum analyze event_topic;
vacuum analyze event_participant;
vacuum analyze event_source;
analyze person;
analyze source;

-- What the triggers would have checked, checked once over the whole load.
select 'events without a source' as check, count(*) from event e
 where not exists (select 1 from event_source s where s.event_id = e.id)
union all
select 'event states of unknown states', count(*) from event_state es
 where not exists (select 1 from state s where s.code = es.state_code)
union all
select 'events with one state only', count(*) from (select event_id from event_state group by event_id having count(*) < 2) x;
