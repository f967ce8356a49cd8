-- Each event's list item kept ready beside its parts in event_listing, so that the API list and
-- the NDJSON export write stored text instead of building it per request (docs/architecture.md,
-- Reading at scale): document is the event's JSON as the API serves it (EventResponse through
-- Jackson) from the title on; the readers put '{"id":…,"kind":…,"status":…,"overdue":…' before
-- it, because what is overdue changes with the day. It is written from the event's row and the
-- listing row's parts by a row trigger on event_listing itself, so every way a listing row is
-- written (V131's refreshes and its set-based rebuild, which a bulk load with triggers off
-- calls: hence ENABLE ALWAYS) writes it too, and by a statement trigger on event for the
-- fields of the event itself.
alter table event_listing add column document text;

-- The document from the event's row and the listing row's parts (its jsonb, in the order the
-- list shows them). Written out here rather than in an SQL function of the event's row, which
-- PostgreSQL did not inline and planned again on every call (about 0.3 ms a row). An insert that will meet
-- its row already there (V131's refresh is an upsert) is left to the update that follows.
create function event_listing_document_written() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and exists (select 1 from event_listing where event_id = new.event_id) then
        return new;
    end if;
    select ',"title":{"en":' || export_json(e.title_en) || ',"ru":' || export_json(e.title_ru)
        || '},"summary":{"en":' || export_json(e.summary_en) || ',"ru":' || export_json(e.summary_ru)
        || '},"date":{"edtf":"' || export_edtf(e.date_earliest, e.date_latest, e.date_precision, e.date_approximate)
        || '","earliest":"' || export_day(e.date_earliest) || '","latest":"' || export_day(e.date_latest)
        || '","precision":"' || e.date_precision || '","approximate":' || e.date_approximate
        || '},"place":' || case when e.place_en is null and e.place_ru is null and e.place_state_code is null then 'null'
                                else '{"name":{"en":' || export_json(e.place_en) || ',"ru":' || export_json(e.place_ru)
                                     || '},"state":' || export_json(e.place_state_code) || '}' end
        || ',"states":' || coalesce((
               select '[' || string_agg('{"code":' || export_json(x ->> 'code') || ',"side":' || export_json(x ->> 'side')
                                        || ',"name":{"en":' || export_json(x ->> 'nameEn') || ',"ru":'
                                        || export_json(x ->> 'nameRu') || '}}', ',' order by n) || ']'
                 from jsonb_array_elements(new.states) with ordinality as part (x, n)), '[]')
        || ',"participants":' || coalesce((
               select '[' || string_agg('{"id":' || (x ->> 'id') || ',"name":{"en":' || export_json(x ->> 'nameEn')
                                        || ',"ru":' || export_json(x ->> 'nameRu') || '},"role":' || export_json(x ->> 'role')
                                        || ',"office":' || case when x ->> 'officeEn' is null and x ->> 'officeRu' is null then 'null'
                                                                else '{"en":' || export_json(x ->> 'officeEn') || ',"ru":'
                                                                     || export_json(x ->> 'officeRu') || '}' end
                                        || '}', ',' order by n) || ']'
                 from jsonb_array_elements(new.participants) with ordinality as part (x, n)), '[]')
        || ',"topics":' || coalesce((
               select '[' || string_agg(export_json(x ->> 'code'), ',' order by n) || ']'
                 from jsonb_array_elements(new.topics) with ordinality as part (x, n)), '[]')
        || ',"sources":' || coalesce((
               select '[' || string_agg('{"id":' || (x ->> 'id') || ',"outlet":' || export_json(x ->> 'outlet')
                                        || ',"title":' || export_json(x ->> 'title') || ',"url":' || export_json(x ->> 'url')
                                        || ',"publishedOn":' || coalesce('"' || (x ->> 'publishedOn') || '"', 'null')
                                        || ',"language":' || export_json(x ->> 'language')
                                        || ',"quotedPassage":' || export_json(x ->> 'quotedPassage') || '}', ',' order by n) || ']'
                 from jsonb_array_elements(new.sources) with ordinality as part (x, n)), '[]')
        || ',"institutions":' || coalesce((
               select '[' || string_agg('{"id":' || (x ->> 'id') || ',"name":{"en":' || export_json(x ->> 'nameEn')
                                        || ',"ru":' || export_json(x ->> 'nameRu') || '},"role":' || export_json(x ->> 'role')
                                        || '}', ',' order by n) || ']'
                 from jsonb_array_elements(new.institutions) with ordinality as part (x, n)), '[]')
        || ',"agreementId":' || coalesce(e.agreement_id::text, 'null')
        || ',"visit":' || case when e.visit_level is null and e.visit_kind is null then 'null'
                               else '{"level":' || export_json(e.visit_level) || ',"kind":' || export_json(e.visit_kind) || '}' end
        || ',"call":' || case when e.call_initiator_code is null then 'null'
                              else '{"initiator":"' || e.call_initiator_code || '"}' end
        || ',"memorandum":' || case when e.memorandum_subject_en is null and e.memorandum_subject_ru is null then 'null'
                                    else '{"subject":{"en":' || export_json(e.memorandum_subject_en) || ',"ru":'
                                         || export_json(e.memorandum_subject_ru) || '}}' end
        || ',"version":' || e.version || ',"updatedAt":"' || export_instant(e.updated_at) || '"}'
      into new.document
      from event e
     where e.id = new.event_id;
    return new;
end
$$;

create trigger event_listing_document before insert or update on event_listing
    for each row execute function event_listing_document_written();
alter table event_listing enable always trigger event_listing_document;

-- An event's own fields changed (a title, the version, the date …): its listing row is written
-- again, which writes its document.
create function event_listing_event_fields_changed() returns trigger language plpgsql as $$
begin
    update event_listing l set document = null
     where l.event_id in (
           select n.id from after_rows n join before_rows o on o.id = n.id
            where (o.kind, o.status, o.title_en, o.title_ru, o.summary_en, o.summary_ru, o.date_earliest, o.date_latest,
                   o.date_precision, o.date_approximate, o.place_en, o.place_ru, o.place_state_code, o.agreement_id,
                   o.visit_level, o.visit_kind, o.call_initiator_code, o.memorandum_subject_en, o.memorandum_subject_ru,
                   o.version, o.updated_at)
                  is distinct from
                  (n.kind, n.status, n.title_en, n.title_ru, n.summary_en, n.summary_ru, n.date_earliest, n.date_latest,
                   n.date_precision, n.date_approximate, n.place_en, n.place_ru, n.place_state_code, n.agreement_id,
                   n.visit_level, n.visit_kind, n.call_initiator_code, n.memorandum_subject_en, n.memorandum_subject_ru,
                   n.version, n.updated_at));
    return null;
end
$$;

create trigger event_listing_fields after update on event
    referencing old table as before_rows new table as after_rows
    for each statement execute function event_listing_event_fields_changed();

-- The documents of one share of the rows (those whose event id leaves this remainder), set-based
-- (the trigger's statement over many rows: about 0.07 ms a row where the trigger takes 0.2 ms),
-- with the trigger off meanwhile: for this migration, in 32 shares so that none meets the pool's
-- statement timeout (30 s) at a million events, and for a bulk load made with triggers off
-- (bench/generate.sql, with 0 of 1), after V131's event_listing_rebuild.
create function event_listing_documents(share int, shares int) returns void language sql as $$
    update event_listing l
       set document = ',"title":{"en":' || export_json(e.title_en) || ',"ru":' || export_json(e.title_ru)
            || '},"summary":{"en":' || export_json(e.summary_en) || ',"ru":' || export_json(e.summary_ru)
            || '},"date":{"edtf":"' || export_edtf(e.date_earliest, e.date_latest, e.date_precision, e.date_approximate)
            || '","earliest":"' || export_day(e.date_earliest) || '","latest":"' || export_day(e.date_latest)
            || '","precision":"' || e.date_precision || '","approximate":' || e.date_approximate
            || '},"place":' || case when e.place_en is null and e.place_ru is null and e.place_state_code is null then 'null'
                                    else '{"name":{"en":' || export_json(e.place_en) || ',"ru":' || export_json(e.place_ru)
                                         || '},"state":' || export_json(e.place_state_code) || '}' end
            || ',"states":' || coalesce((
                   select '[' || string_agg('{"code":' || export_json(x ->> 'code') || ',"side":' || export_json(x ->> 'side')
                                            || ',"name":{"en":' || export_json(x ->> 'nameEn') || ',"ru":'
                                            || export_json(x ->> 'nameRu') || '}}', ',' order by n) || ']'
                     from jsonb_array_elements(l.states) with ordinality as part (x, n)), '[]')
            || ',"participants":' || coalesce((
                   select '[' || string_agg('{"id":' || (x ->> 'id') || ',"name":{"en":' || export_json(x ->> 'nameEn')
                                            || ',"ru":' || export_json(x ->> 'nameRu') || '},"role":' || export_json(x ->> 'role')
                                            || ',"office":' || case when x ->> 'officeEn' is null and x ->> 'officeRu' is null then 'null'
                                                                    else '{"en":' || export_json(x ->> 'officeEn') || ',"ru":'
                                                                         || export_json(x ->> 'officeRu') || '}' end
                                            || '}', ',' order by n) || ']'
                     from jsonb_array_elements(l.participants) with ordinality as part (x, n)), '[]')
            || ',"topics":' || coalesce((
                   select '[' || string_agg(export_json(x ->> 'code'), ',' order by n) || ']'
                     from jsonb_array_elements(l.topics) with ordinality as part (x, n)), '[]')
            || ',"sources":' || coalesce((
                   select '[' || string_agg('{"id":' || (x ->> 'id') || ',"outlet":' || export_json(x ->> 'outlet')
                                            || ',"title":' || export_json(x ->> 'title') || ',"url":' || export_json(x ->> 'url')
                                            || ',"publishedOn":' || coalesce('"' || (x ->> 'publishedOn') || '"', 'null')
                                            || ',"language":' || export_json(x ->> 'language')
                                            || ',"quotedPassage":' || export_json(x ->> 'quotedPassage') || '}', ',' order by n) || ']'
                     from jsonb_array_elements(l.sources) with ordinality as part (x, n)), '[]')
            || ',"institutions":' || coalesce((
                   select '[' || string_agg('{"id":' || (x ->> 'id') || ',"name":{"en":' || export_json(x ->> 'nameEn')
                                            || ',"ru":' || export_json(x ->> 'nameRu') || '},"role":' || export_json(x ->> 'role')
                                            || '}', ',' order by n) || ']'
                     from jsonb_array_elements(l.institutions) with ordinality as part (x, n)), '[]')
            || ',"agreementId":' || coalesce(e.agreement_id::text, 'null')
            || ',"visit":' || case when e.visit_level is null and e.visit_kind is null then 'null'
                                   else '{"level":' || export_json(e.visit_level) || ',"kind":' || export_json(e.visit_kind) || '}' end
            || ',"call":' || case when e.call_initiator_code is null then 'null'
                                  else '{"initiator":"' || e.call_initiator_code || '"}' end
            || ',"memorandum":' || case when e.memorandum_subject_en is null and e.memorandum_subject_ru is null then 'null'
                                        else '{"subject":{"en":' || export_json(e.memorandum_subject_en) || ',"ru":'
                                             || export_json(e.memorandum_subject_ru) || '}}' end
            || ',"version":' || e.version || ',"updatedAt":"' || export_instant(e.updated_at) || '"}'
      from event e
     where e.id = l.event_id and l.event_id % shares = share
$$;

alter table event_listing disable trigger event_listing_document;
select event_listing_documents(0, 32);
select event_listing_documents(1, 32);
select event_listing_documents(2, 32);
select event_listing_documents(3, 32);
select event_listing_documents(4, 32);
select event_listing_documents(5, 32);
select event_listing_documents(6, 32);
select event_listing_documents(7, 32);
select event_listing_documents(8, 32);
select event_listing_documents(9, 32);
select event_listing_documents(10, 32);
select event_listing_documents(11, 32);
select event_listing_documents(12, 32);
select event_listing_documents(13, 32);
select event_listing_documents(14, 32);
select event_listing_documents(15, 32);
select event_listing_documents(16, 32);
select event_listing_documents(17, 32);
select event_listing_documents(18, 32);
select event_listing_documents(19, 32);
select event_listing_documents(20, 32);
select event_listing_documents(21, 32);
select event_listing_documents(22, 32);
select event_listing_documents(23, 32);
select event_listing_documents(24, 32);
select event_listing_documents(25, 32);
select event_listing_documents(26, 32);
select event_listing_documents(27, 32);
select event_listing_documents(28, 32);
select event_listing_documents(29, 32);
select event_listing_documents(30, 32);
select event_listing_documents(31, 32);
alter table event_listing enable always trigger event_listing_document;
