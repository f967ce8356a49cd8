-- V124's deferred row triggers run move_record_version() at the commit once for every row the
-- transaction wrote; after the first, the update found the row moved and wrote nothing, but it
-- still ran (an import of 5,000 events: some 20,000 updates at its commit). The function now
-- notes, in a setting local to the transaction, that it has moved the version, and returns at
-- once after the first time: the same one write a transaction, for the price of reading a setting.
create or replace function move_record_version() returns trigger language plpgsql as $$
declare
    current_xid text := pg_current_xact_id()::text;
begin
    if current_setting('chancery.record_version_moved_by', true) = current_xid then
        return null;
    end if;
    update record_version set version = version + 1, xid = current_xid::bigint
     where xid <> current_xid::bigint;
    perform set_config('chancery.record_version_moved_by', current_xid, true);
    return null;
end
$$;
