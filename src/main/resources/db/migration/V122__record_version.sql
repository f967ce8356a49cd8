-- One number for the whole public record, moved on by every transaction that writes to it: the
-- ETag of the API lists and the public pages (common.web.RecordEtags). A page reads this row
-- (one index-free lookup) and answers If-None-Match with 304 without running its own queries.
-- Statement-level triggers on every table a public page or list reads; a transaction moves the
-- number once, however many statements it runs (an import of 10,000 events writes the row once),
-- so it costs a row lock held to the commit, which writers of the record take in turn.
create table record_version (
    id      boolean primary key default true,
    version bigint  not null,
    xid     bigint  not null,
    constraint record_version_one_row check (id)
);
insert into record_version (version, xid) values (1, 0);

create function move_record_version() returns trigger language plpgsql as $$
begin
    update record_version set version = version + 1, xid = pg_current_xact_id()::text::bigint
     where xid <> pg_current_xact_id()::text::bigint;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['agreement', 'economic_figure', 'event', 'event_institution', 'event_participant',
                             'event_source', 'event_state', 'event_topic', 'institution', 'office', 'office_term',
                             'participation', 'participation_step', 'person', 'source', 'state', 'topic'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function move_record_version()', t || '_record_version', t);
    end loop;
end
$$;
