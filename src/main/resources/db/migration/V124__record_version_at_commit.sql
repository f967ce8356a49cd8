-- V122's statement triggers moved record_version when a write ran, so the row stayed locked to
-- the writer's commit: a second writer waited for the first to finish (an import held every
-- editor's save), and a transaction begun later could not commit first. Deferred constraint
-- triggers move it at commit instead: the row is locked for the moment between the trigger and
-- the commit, and the new version becomes visible with the data, in the same commit. Constraint
-- triggers are per row; after a transaction's first, the others find the row moved already
-- and write nothing.
do $$
declare
    t text;
begin
    foreach t in array array['agreement', 'economic_figure', 'event', 'event_institution', 'event_participant',
                             'event_source', 'event_state', 'event_topic', 'institution', 'office', 'office_term',
                             'participation', 'participation_step', 'person', 'source', 'state', 'topic'] loop
        execute format('drop trigger %I on %I', t || '_record_version', t);
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function move_record_version()',
                       t || '_record_version', t);
    end loop;
end
$$;
