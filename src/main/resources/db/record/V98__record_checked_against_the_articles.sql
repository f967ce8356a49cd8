-- The shipped record, checked fact by fact against its five articles once more (December
-- 2026). Each correction below says what the article says and what the record had made of it.
--
-- A correction applies only to a record still as shipped (version 0): where staff have edited
-- it since, their version stands. Each correction moves the record's version on, so a
-- script's cached copy (ETag) is seen to be stale, and is written to the record's history
-- like any other change, by "system", with the reason.

create function pg_temp.log_correction(resource text, record_key bigint, new_version bigint,
                                       changes jsonb, reason text) returns void
    language sql as $$
    insert into change_log (resource, record_key, action, actor, version, changes, snapshot, reason)
    values (resource, record_key::text, 'UPDATED', 'system', new_version, changes, null, reason);
$$;

create function pg_temp.citations(of_event bigint) returns jsonb
    language sql as $$
    select coalesce(jsonb_agg(jsonb_build_object('sourceId', source_id, 'quotedPassage', quoted_passage)
                              order by source_id), '[]'::jsonb)
    from event_source where event_id = of_event;
$$;

create function pg_temp.change(field text, before jsonb, after jsonb) returns jsonb
    language sql as $$
    select jsonb_build_object('field', field, 'before', before, 'after', after);
$$;

-- Event 5, the Central Asia – USA summit: only Kazpravda.kz (source 2) mentions it. The
-- Lada.kz passage it also cited is about the visit, not the summit. The summit took place
-- during the visit of 5–6 November 2025, so those days bound it: not "about" them.
do $$
declare
    before_sources jsonb := pg_temp.citations(5);
begin
    if exists (select 1 from event where id = 5 and version = 0) then
        delete from event_source where event_id = 5 and source_id = 3;
        update event set date_approximate = false, version = 1 where id = 5;
        perform pg_temp.log_correction('events', 5, 1, jsonb_build_array(
            pg_temp.change('date', '"2025-11-05~/2025-11-06~"', '"2025-11-05/2025-11-06"'),
            pg_temp.change('sources', before_sources, pg_temp.citations(5))),
            'Record checked against the articles: the Lada.kz article does not mention the summit; '
            || 'the summit took place during the visit of 5–6 November 2025.');
    end if;
end $$;

-- Event 6, Kazakhstan's announcement: the Kazakh foreign ministry's statement of 7 November
-- 2025 (Lada.kz) is the announcement's own document; the event now cites it.
do $$
declare
    before_sources jsonb := pg_temp.citations(6);
begin
    if exists (select 1 from event where id = 6 and version = 0) then
        insert into event_source (event_id, source_id, quoted_passage) values
            (6, 3, 'Министерство иностранных дел Республики Казахстан сделало официальное заявление о присоединении страны к Авраамским соглашениям. Документ опубликован 7 ноября 2025 года в Telegram-канале внешнеполитического ведомства, сообщает Lada.kz.');
        update event set version = 1 where id = 6;
        perform pg_temp.log_correction('events', 6, 1, jsonb_build_array(
            pg_temp.change('sources', before_sources, pg_temp.citations(6))),
            'Record checked against the articles: the announcement cites the foreign ministry''s statement of 7 November 2025.');
    end if;
end $$;

-- Event 9, the Netanyahu–Tokayev call: the article of 11 January 2026 calls it "recent" and
-- gives no date. It was stored as "about January 2026", which runs 20 days past the article
-- and leaves out December. The call thanked Tokayev for the decision announced in November
-- 2025, so it lies between 1 November 2025 and the article's day, 11 January 2026.
do $$
declare
    before_sources jsonb := pg_temp.citations(9);
begin
    if exists (select 1 from event where id = 9 and version = 0) then
        update event set date_earliest = date '2025-11-01', date_latest = date '2026-01-11',
                         date_precision = 'DAY', date_approximate = false,
                         summary_en = summary_en || ' The conversation thanked Tokayev for the decision announced in November 2025, so it took place between November 2025 and 11 January 2026.',
                         summary_ru = summary_ru || ' В разговоре Токаева благодарили за решение, объявленное в ноябре 2025 года, поэтому разговор состоялся между ноябрём 2025 года и 11 января 2026 года.',
                         version = 1
        where id = 9;
        update event_source
        set quoted_passage = quoted_passage || ' […] Взаимный настрой на углубление взаимодействия по широкому спектру вопросов двусторонней и многосторонней повестки представители сторон подтвердили и в ходе недавнего телефонного разговора.'
        where event_id = 9 and source_id = 1;
        perform pg_temp.log_correction('events', 9, 1, jsonb_build_array(
            pg_temp.change('date', '"2026-01~"', '"2025-11-01/2026-01-11"'),
            pg_temp.change('sources', before_sources, pg_temp.citations(9))),
            'Record checked against the articles: the article of 11 January 2026 calls the call recent; '
            || 'a date it reports as past cannot run past its publication day.');
    end if;
end $$;

-- Events 11 and 16 took place during Gideon Saar's visits (Baku on 26 January, Azerbaijan and
-- Kazakhstan on 26–27 January 2026): the visits' days bound them, as they bound the events of
-- the Astana visit, which were already recorded without "about".
do $$
begin
    if exists (select 1 from event where id = 11 and version = 0) then
        update event set date_approximate = false, version = 1 where id = 11;
        perform pg_temp.log_correction('events', 11, 1, jsonb_build_array(
            pg_temp.change('date', '"2026-01-26~"', '"2026-01-26"')),
            'Record checked against the articles: the forum took place during the visit to Baku on 26 January 2026.');
    end if;
    if exists (select 1 from event where id = 16 and version = 0) then
        update event set date_approximate = false, version = 1 where id = 16;
        perform pg_temp.log_correction('events', 16, 1, jsonb_build_array(
            pg_temp.change('date', '"2026-01-26~/2026-01-27~"', '"2026-01-26/2026-01-27"')),
            'Record checked against the articles: the remembrance day coincided with the visit of 26–27 January 2026.');
    end if;
end $$;

-- Event 14, the Astana business forum: the article places it "в стенах казахстанского МИД"
-- (in the ministry's building); it does not make the ministry its organiser.
do $$
begin
    if exists (select 1 from event where id = 14 and version = 0) then
        delete from event_institution where event_id = 14 and institution_id = 1;
        update event set place_en = 'Astana, Ministry of Foreign Affairs of Kazakhstan',
                         place_ru = 'Астана, МИД Казахстана',
                         version = 1
        where id = 14;
        perform pg_temp.log_correction('events', 14, 1, jsonb_build_array(
            pg_temp.change('place.name.en', '"Astana"', '"Astana, Ministry of Foreign Affairs of Kazakhstan"'),
            pg_temp.change('place.name.ru', '"Астана"', '"Астана, МИД Казахстана"'),
            pg_temp.change('institutions', '[{"institutionId": 1, "role": "ORGANIZER"}]', '[]')),
            'Record checked against the articles: the forum was held in the foreign ministry''s building; '
            || 'the article does not name an organiser.');
    end if;
end $$;

-- Event 21, the Joint Economic Committee: "вероятно, летом или в начале осени" is June to
-- early autumn (September), not summer to the end of autumn (30 November).
do $$
begin
    if exists (select 1 from event where id = 21 and version = 0) then
        update event set date_earliest = date '2026-06-01', date_latest = date '2026-09-30',
                         date_precision = 'MONTH', date_approximate = true, version = 1
        where id = 21;
        perform pg_temp.log_correction('events', 21, 1, jsonb_build_array(
            pg_temp.change('date', '"2026-22~/2026-23~"', '"2026-06~/2026-09~"')),
            'Record checked against the articles: "summer or early autumn" ends with September.');
    end if;
end $$;

-- The Abraham Accords: Sudan's step was dated 2020–2021 by inference (the article dates the
-- Accords, not Sudan's start of normalisation), so it goes; Sudan stays a party and the
-- summary keeps what the article says. Kazakhstan's announcement now cites the foreign
-- ministry's statement of 7 November 2025 (Lada.kz), the announcement's own document.
do $$
begin
    if exists (select 1 from agreement where id = 1 and version = 0) then
        delete from participation_step where id = 5 and participation_id = 5;
        update participation_step
        set source_id = 3,
            quoted_passage = 'Министерство иностранных дел Республики Казахстан сделало официальное заявление о присоединении страны к Авраамским соглашениям. Документ опубликован 7 ноября 2025 года в Telegram-канале внешнеполитического ведомства, сообщает Lada.kz.'
        where id = 6 and participation_id = 7;
        update agreement set version = 1 where id = 1;
        perform pg_temp.log_correction('agreements', 1, 1, jsonb_build_array(
            pg_temp.change('participations.SD.steps', '[{"step": "ANNOUNCED", "date": "2020~/2021~"}]', '[]'),
            pg_temp.change('participations.KZ.steps.ANNOUNCED.source', '5', '3')),
            'Record checked against the articles: no article dates Sudan''s start of normalisation; '
            || 'Kazakhstan''s announcement cites the foreign ministry''s statement of 7 November 2025.');
    end if;
end $$;

-- Institution 9: the article names "Управление кибербезопасности" among Israeli organisations;
-- "National" was a word the record added.
do $$
begin
    if exists (select 1 from institution where id = 9 and version = 0) then
        update institution set name_en = 'Cybersecurity Directorate', version = 1 where id = 9;
        perform pg_temp.log_correction('institutions', 9, 1, jsonb_build_array(
            pg_temp.change('name.en', '"Israel National Cyber Directorate"', '"Cybersecurity Directorate"')),
            'Record checked against the articles: the Trend article names it "Управление кибербезопасности".');
    end if;
end $$;

-- Office 7, "President of Israel" held by Isaac Herzog: the article calls Herzog the Kazakh
-- President's "Israeli counterpart" and names no office, so the office was an inference. It
-- had no other holder; offices are deleted for good, their history kept.
do $$
begin
    if exists (select 1 from office where id = 7 and version = 0)
       and not exists (select 1 from office_term where office_id = 7 and person_id <> 7) then
        delete from office where id = 7;
        insert into change_log (resource, record_key, action, actor, version, changes, snapshot, reason)
        values ('offices', '7', 'DELETED', 'system', 0, '[]'::jsonb, null,
                'Record checked against the articles: the article calls Isaac Herzog the President''s '
                || '"Israeli counterpart" and names no office.');
    end if;
end $$;
