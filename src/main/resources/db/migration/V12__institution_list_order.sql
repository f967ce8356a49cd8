-- The institutions' list reads live institutions by English name, then id: this index serves
-- that order and its keyset pages directly.
create index institution_name_keyset_idx on institution (name_en, id) where deleted_at is null;

-- An institution that offices belong to cannot be deleted: offices are looked up by it.
create index office_institution_idx on office (institution_id);
