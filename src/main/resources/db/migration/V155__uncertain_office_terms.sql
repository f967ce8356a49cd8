-- An office term's start and end are uncertain dates, as events' are: "since 2020", "until May
-- 2024", "from about spring 2019". Each bound keeps its earliest and latest possible day, its
-- precision and "about", like an event's date. held_from stays the earliest day the term may
-- have begun and held_to the latest day it may have ended, so every statement asking whether
-- a term may cover a day reads them as before; a known day is a bound of day precision whose
-- two days are the same (every term so far).
alter table office_term
    add column held_from_latest      date,
    add column held_from_precision   varchar(8),
    add column held_from_approximate boolean not null default false,
    add column held_to_earliest      date,
    add column held_to_precision     varchar(8),
    add column held_to_approximate   boolean not null default false;

update office_term
   set held_from_latest = held_from,
       held_from_precision = case when held_from is not null then 'DAY' end,
       held_to_earliest = held_to,
       held_to_precision = case when held_to is not null then 'DAY' end;

-- The update queued record_version's deferred trigger (V122); run it now, or the table cannot
-- be altered further in this transaction.
set constraints all immediate;

alter table office_term
    add constraint office_term_from_whole check (
        (held_from is null) = (held_from_latest is null) and (held_from is null) = (held_from_precision is null)
        and (held_from is null or held_from_latest >= held_from)),
    add constraint office_term_to_whole check (
        (held_to is null) = (held_to_earliest is null) and (held_to is null) = (held_to_precision is null)
        and (held_to is null or held_to >= held_to_earliest)),
    add constraint office_term_precision_known check (
        held_from_precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER', 'YEAR')
        and held_to_precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER', 'YEAR'));

-- One holder a day, on the days each term surely covers: from the latest day it may have begun
-- to the earliest it may have ended. "Minister until 2020" and "minister since 2020" may both
-- have held the office on a day of 2020, and both are recorded; two terms that surely cover a
-- day in common are refused, as two exact ones were. A term whose bounds leave no sure day
-- ("from 2020 until 2020") covers none for this purpose.
alter table office_term drop constraint office_term_one_holder_a_day;
alter table office_term add constraint office_term_one_holder_a_day exclude using gist (
    office_id with =,
    (case when held_from_latest > held_to_earliest then 'empty'::daterange
          else daterange(held_from_latest, held_to_earliest, '[]') end) with &&);

-- A plain statement that writes only held_from or held_to (the record's migrations, a script, a
-- correction by hand) writes an exact day, as those columns always meant: the rest of the bound
-- follows. The application writes every column, so a bound of day precision whose two days
-- differ, or one with no precision, can only come from such a statement.
create function office_term_exact_bounds() returns trigger language plpgsql as $$
begin
    if new.held_from is null then
        new.held_from_latest := null;
        new.held_from_precision := null;
        new.held_from_approximate := false;
    elsif new.held_from_precision is null
          or (new.held_from_precision = 'DAY' and new.held_from_latest is distinct from new.held_from) then
        new.held_from_latest := new.held_from;
        new.held_from_precision := 'DAY';
    end if;
    if new.held_to is null then
        new.held_to_earliest := null;
        new.held_to_precision := null;
        new.held_to_approximate := false;
    elsif new.held_to_precision is null
          or (new.held_to_precision = 'DAY' and new.held_to_earliest is distinct from new.held_to) then
        new.held_to_earliest := new.held_to;
        new.held_to_precision := 'DAY';
    end if;
    return new;
end
$$;

create trigger office_term_exact_bounds before insert or update on office_term
    for each row execute function office_term_exact_bounds();
