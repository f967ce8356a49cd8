-- The type-ahead of offices (a new person's office, the holders of an office): their titles by
-- trigram (a word typed in them) and by initials (V190), so a suggestion reads the few offices
-- that fit, not every office of every state.
create index office_title_en_trgm_idx on office using gin (title_en gin_trgm_ops);
create index office_title_ru_trgm_idx on office using gin (title_ru gin_trgm_ops);
create index office_initials_en_idx on office (name_initials(title_en) text_pattern_ops);
create index office_initials_ru_idx on office (name_initials(title_ru) text_pattern_ops);
