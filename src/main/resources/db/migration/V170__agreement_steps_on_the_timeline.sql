-- An agreement step is a timeline entry: each participation step has one event of kind
-- AGREEMENT_STEP, linked by participation_step_id, with the step's state, date and source and a
-- title from the state's, the step's and the agreement's names in both languages. The event is
-- written by triggers on participation_step (and agreement), in the step's own transaction:
-- every path that writes steps (the service, a revert, plain SQL, the shipped record) keeps it,
-- and the event's own triggers keep event_listing, the sync's change_xid and the record version.
-- The timeline, the pair views, the API, the exports and the sync read it as any event.
--
-- step_entry marks an event written here: it is not edited directly (the event service refuses
-- it; the step is corrected instead) and is deleted when its step is removed. An AGREEMENT_STEP
-- event that staff entered by hand before the step (the shipped record's Kazakh announcement,
-- event 6) is linked, not doubled: it keeps its own title, summary and sources, cites the
-- step's source too, follows the step's date, stays editable and, should the step be removed,
-- stays as an event of its own.
alter table event add column participation_step_id bigint
    constraint event_participation_step_fk references participation_step (id);
alter table event add column step_entry boolean not null default false;
alter table event add constraint event_participation_step_unique unique (participation_step_id);
alter table event add constraint event_participation_step_kind
    check (participation_step_id is null or kind = 'AGREEMENT_STEP');

-- "Abraham Accords: Israel, signed" / "Соглашения Авраама: Израиль, подписано": the names stay
-- in the nominative, the step reads as on the agreement's page.
create function agreement_step_title(agreement_name text, state_name text, step varchar, language text)
returns text language sql immutable as $$
    select agreement_name || ': ' || state_name || ', ' || case language
        when 'en' then case step when 'ANNOUNCED' then 'announced' when 'SIGNED' then 'signed'
            when 'RATIFIED' then 'ratified' when 'ACCESSION' then 'acceded' when 'IN_FORCE' then 'in force'
            when 'SUSPENDED' then 'suspended' when 'WITHDRAWN' then 'withdrawn' end
        else case step when 'ANNOUNCED' then 'объявлено' when 'SIGNED' then 'подписано'
            when 'RATIFIED' then 'ратифицировано' when 'ACCESSION' then 'присоединение'
            when 'IN_FORCE' then 'вступило в силу' when 'SUSPENDED' then 'приостановлено' when 'WITHDRAWN' then 'выход' end
        end
$$;

-- The event of one step: the live, unlinked AGREEMENT_STEP event of the same agreement, state
-- and dates if there is one (entered by hand before the step: it is linked and cites the step's
-- source too, keeping its own title and sources), else a new one.
create function agreement_step_event_create(step_id bigint) returns void language plpgsql as $$
declare
    step_row record;
    linked   bigint;
begin
    select ps.*, p.agreement_id, p.state_code, a.name_en as agreement_en, a.name_ru as agreement_ru,
           a.deleted_at as agreement_deleted_at, s.name_en as state_en, s.name_ru as state_ru
      into step_row
      from participation_step ps
      join participation p on p.id = ps.participation_id
      join agreement a on a.id = p.agreement_id
      join state s on s.code = p.state_code
     where ps.id = step_id;
    select e.id into linked
      from event e join event_state es on es.event_id = e.id and es.state_code = step_row.state_code
     where e.kind = 'AGREEMENT_STEP' and e.agreement_id = step_row.agreement_id and e.deleted_at is null
       and e.participation_step_id is null
       and e.date_earliest = step_row.date_earliest and e.date_latest = step_row.date_latest
     order by e.id limit 1;
    if linked is not null then
        update event set participation_step_id = step_id where id = linked;
    else
        insert into event (kind, status, title_en, title_ru, date_earliest, date_latest, date_precision,
                           date_approximate, agreement_id, participation_step_id, step_entry,
                           deleted_at, deleted_by, deletion_reason)
        values ('AGREEMENT_STEP', case when step_row.date_earliest > current_date then 'PLANNED' else 'HAPPENED' end,
                agreement_step_title(step_row.agreement_en, step_row.state_en, step_row.step, 'en'),
                agreement_step_title(step_row.agreement_ru, step_row.state_ru, step_row.step, 'ru'),
                step_row.date_earliest, step_row.date_latest, step_row.date_precision, step_row.date_approximate,
                step_row.agreement_id, step_id, true,
                step_row.agreement_deleted_at, case when step_row.agreement_deleted_at is not null then 'system' end,
                case when step_row.agreement_deleted_at is not null then 'Its agreement is deleted.' end)
        returning id into linked;
        insert into event_state (event_id, state_code, side)
        values (linked, step_row.state_code,
                case when step_row.step in ('SIGNED', 'RATIFIED', 'ACCESSION', 'IN_FORCE') then 'SIGNATORY' else 'INITIATOR' end);
    end if;
    insert into event_source (event_id, source_id, quoted_passage)
    values (linked, step_row.source_id, step_row.quoted_passage)
        on conflict (event_id, source_id) do nothing;
end
$$;

-- Recorded: its event. Corrected (date, source, passage): its event follows; a new source
-- replaces the old one's citation. Removed: its entry is deleted (a tombstone for the sync), a
-- linked event let go.
create function agreement_step_event_written() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform agreement_step_event_create(new.id);
        return null;
    elsif tg_op = 'DELETE' then
        update event
           set deleted_at = coalesce(deleted_at, now()), deleted_by = coalesce(deleted_by, 'system'),
               deletion_reason = coalesce(deletion_reason, 'Its agreement step was removed.'),
               participation_step_id = null, version = version + 1, updated_at = now()
         where participation_step_id = old.id and step_entry;
        update event set participation_step_id = null, version = version + 1, updated_at = now()
         where participation_step_id = old.id;
        return old;
    end if;
    update event
       set date_earliest = new.date_earliest, date_latest = new.date_latest, date_precision = new.date_precision,
           date_approximate = new.date_approximate, version = version + 1, updated_at = now()
     where participation_step_id = new.id
       and (date_earliest, date_latest, date_precision, date_approximate)
           is distinct from (new.date_earliest, new.date_latest, new.date_precision, new.date_approximate);
    if (old.source_id, old.quoted_passage) is distinct from (new.source_id, new.quoted_passage) then
        insert into event_source (event_id, source_id, quoted_passage)
        select e.id, new.source_id, new.quoted_passage from event e where e.participation_step_id = new.id
            on conflict (event_id, source_id) do update set quoted_passage = excluded.quoted_passage;
        delete from event_source src using event e
         where e.participation_step_id = new.id and src.event_id = e.id
           and src.source_id = old.source_id and old.source_id <> new.source_id;
    end if;
    return null;
end
$$;

create trigger participation_step_event_added after insert on participation_step
    for each row execute function agreement_step_event_written();
create trigger participation_step_event_changed after update on participation_step
    for each row execute function agreement_step_event_written();
-- Before: the event lets go of the step before the step's row goes.
create trigger participation_step_event_removed before delete on participation_step
    for each row execute function agreement_step_event_written();

-- A deleted agreement takes its steps' events with it; restored, it brings them back. Renamed,
-- it renames its entries (a linked event keeps its own title).
create function agreement_step_events_follow_agreement() returns trigger language plpgsql as $$
begin
    if (old.name_en, old.name_ru) is distinct from (new.name_en, new.name_ru) then
        update event e
           set title_en = agreement_step_title(new.name_en, s.name_en, ps.step, 'en'),
               title_ru = agreement_step_title(new.name_ru, s.name_ru, ps.step, 'ru'),
               version = e.version + 1, updated_at = now()
          from participation_step ps
          join participation p on p.id = ps.participation_id
          join state s on s.code = p.state_code
         where e.participation_step_id = ps.id and p.agreement_id = new.id and e.step_entry;
    end if;
    if old.deleted_at is null and new.deleted_at is not null then
        update event e
           set deleted_at = new.deleted_at, deleted_by = 'system', deletion_reason = 'Its agreement is deleted.',
               version = e.version + 1, updated_at = now()
          from participation_step ps join participation p on p.id = ps.participation_id
         where e.participation_step_id = ps.id and p.agreement_id = new.id and e.step_entry and e.deleted_at is null;
    elsif old.deleted_at is not null and new.deleted_at is null then
        update event e
           set deleted_at = null, deleted_by = null, deletion_reason = null, version = e.version + 1, updated_at = now()
          from participation_step ps join participation p on p.id = ps.participation_id
         where e.participation_step_id = ps.id and p.agreement_id = new.id and e.step_entry and e.deleted_at is not null;
    end if;
    return null;
end
$$;

create trigger agreement_step_events_follow after update of deleted_at, name_en, name_ru on agreement
    for each row execute function agreement_step_events_follow_agreement();

-- An agreement removed for good (not deleted: an admin's cleanup, a test's) takes its entries,
-- live and deleted, with it; a linked event still names it and holds it back, as before.
create function agreement_step_events_removed() returns trigger language plpgsql as $$
begin
    delete from event where agreement_id = old.id and step_entry;
    return old;
end
$$;

create trigger agreement_step_events_removed before delete on agreement
    for each row execute function agreement_step_events_removed();

-- The steps recorded so far, in order: the shipped record's Kazakh announcement (event 6) is
-- linked, not doubled. A few rows a step; the shipped record holds a handful of steps.
select agreement_step_event_create(id) from participation_step order by id;
