-- The admins' list of deleted records (/admin/deleted) reads each table's deleted rows newest
-- first. Deleted rows are few among many live ones, so a partial index of just them keeps
-- that list an index scan however large the record grows.
create index event_deleted_idx on event (deleted_at desc, id desc) where deleted_at is not null;
create index source_deleted_idx on source (deleted_at desc, id desc) where deleted_at is not null;
create index person_deleted_idx on person (deleted_at desc, id desc) where deleted_at is not null;
create index institution_deleted_idx on institution (deleted_at desc, id desc) where deleted_at is not null;
create index agreement_deleted_idx on agreement (deleted_at desc, id desc) where deleted_at is not null;
create index economic_figure_deleted_idx on economic_figure (deleted_at desc, id desc) where deleted_at is not null;
