-- An import writes its events and every table of their parts in one statement (EventRows). At
-- its end the statement triggers of V131 fired once for each table: the event's built the new
-- events' listing rows (and V160's documents) from all their parts, then the states', the
-- sources' (and any other part's) built the same rows again to find them unchanged: at a million
-- events, about 0.2 ms an event for each table, most of what the triggers cost an import.
--
-- A writer that inserts events together with all their parts may now build their listing rows
-- itself, once: it sets chancery.event_listing_by_writer to 'on' (local to its transaction)
-- around that statement, so the listing triggers of the inserts stand aside, and then calls
-- event_listing_refresh with the new events' ids. Every other write (the services, plain SQL,
-- updates and deletes, renames) meets the triggers as before; only inserts can be taken over,
-- and the counts (V120), the pairs (V175) and the record's version (V122) are kept by their own
-- triggers whoever writes.

drop trigger event_listing_added on event;
create trigger event_listing_added after insert on event
    referencing new table as added for each statement
    when (current_setting('chancery.event_listing_by_writer', true) is distinct from 'on')
    execute function event_listing_events_added();

do $$
declare
    part text;
begin
    foreach part in array array['event_state', 'event_participant', 'event_institution', 'event_topic', 'event_source'] loop
        execute format('drop trigger %1$s_listing_added on %1$s', part);
        execute format('create trigger %1$s_listing_added after insert on %1$s referencing new table as changed_after '
                       'for each statement when (current_setting(''chancery.event_listing_by_writer'', true) is distinct from ''on'') '
                       'execute function event_listing_parts_changed()', part);
    end loop;
end
$$;
