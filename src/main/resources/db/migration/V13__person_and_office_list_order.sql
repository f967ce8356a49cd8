-- The persons' list reads live persons by English name, the offices' list offices by English
-- title, each then by id: these indexes serve those orders and their keyset pages directly.
create index person_name_keyset_idx on person (name_en, id) where deleted_at is null;
create index office_title_keyset_idx on office (title_en, id);
