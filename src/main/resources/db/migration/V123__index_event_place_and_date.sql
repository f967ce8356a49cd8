-- The events of an occasion (Occasions: a visit and what happened at its place in its days) are
-- found by place and date; by date alone a busy record scanned every event for the place.
create index if not exists event_place_date_idx on event (place_state_code, date_earliest)
    where place_state_code is not null and deleted_at is null;
