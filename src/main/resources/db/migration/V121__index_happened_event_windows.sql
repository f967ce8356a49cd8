-- The windows of happened, live events, for the timeline's overdue check: a planned event whose
-- window closed is overdue unless an event of its kind among its states happened within it.
-- The two inequalities of an overlap are not selective alone (each matches half the record), so
-- without this the check scanned every event for each such row; a GiST index on the window as a
-- range finds the overlapping ones directly. The statement writes the condition as this
-- expression with &&.
create index if not exists event_happened_window_idx on event using gist (daterange(date_earliest, date_latest, '[]'))
    where status = 'HAPPENED' and deleted_at is null;
