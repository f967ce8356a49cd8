-- The sources' list reads live sources newest published first (undated last), then by id:
-- this index serves that order and its keyset pages directly.
create index source_published_keyset_idx on source (published_on desc nulls last, id desc) where deleted_at is null;

-- A source cited by a live record cannot be deleted, and the API shows how often each one
-- is cited: the citing tables are looked up by source.
create index participation_step_source_idx on participation_step (source_id);
create index economic_figure_source_idx on economic_figure (source_id);
