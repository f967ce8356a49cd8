-- The office a participant held on an event's day, now that terms may be uncertain (V155):
-- a term counts when it may cover the event's days (it may have begun by the event's last day
-- and may have ended no earlier than its first), as before; among several, one that surely
-- covers them (surely begun by the first day, surely not ended before the last) comes first,
-- then the latest begun. Only the order of the lateral look-up changes, in both the row
-- function the triggers call and the set-based rebuild; the rows already built stay right,
-- since every term recorded so far is exact to the day.

create or replace function event_listing_rows(ids bigint[])
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
                    order by (coalesce(t.held_from_latest, e.date_earliest) <= e.date_earliest
                              and coalesce(t.held_to_earliest, e.date_latest) >= e.date_latest) desc,
                             t.held_from desc nulls last, o.id
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

create or replace function event_listing_rebuild(share int, shares int) returns void language sql as $$
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
                     order by (coalesce(t.held_from_latest, pe.date_earliest) <= pe.date_earliest
                               and coalesce(t.held_to_earliest, pe.date_latest) >= pe.date_latest) desc,
                              t.held_from desc nulls last, o.id
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
