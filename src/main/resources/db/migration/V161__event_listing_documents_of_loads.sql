-- A load made with triggers off (session_replication_role = replica: the cost guard's and the
-- streaming export's fixtures, which then call V131's event_listing_rebuild) met V160's row
-- trigger, which fires always: 0.2 ms and more a row, past the pool's statement timeout for
-- 60,000 events on the loaded machine. Now the row trigger fires for ordinary writes only, and
-- such a load writes the documents of the rows it inserted set-based, once a statement.
create function event_listing_documents_of(ids bigint[]) returns void language sql as $$
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
      from event e, unnest(ids) as loaded (id)
     where e.id = loaded.id and l.event_id = loaded.id
$$;

create or replace function event_listing_documents(share int, shares int) returns void language sql as $$
    select event_listing_documents_of(array(select event_id from event_listing where event_id % shares = share))
$$;

create function event_listing_documents_loaded() returns trigger language plpgsql as $$
begin
    perform event_listing_documents_of(array(select event_id from loaded));
    return null;
end
$$;

create trigger event_listing_documents_loaded after insert on event_listing
    referencing new table as loaded for each statement execute function event_listing_documents_loaded();
alter table event_listing enable replica trigger event_listing_documents_loaded;
alter table event_listing enable trigger event_listing_document;
