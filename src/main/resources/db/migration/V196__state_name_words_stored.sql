-- The search page matches states by their names' words in any grammatical form, as it matches
-- persons (V132): the words were computed from both names of all some 250 states on every
-- search (5 to 19 ms of each search's one statement of names, at load 12). Stored with the row
-- now, as a generated column, so every writer keeps it; the table is read whole (no index).
alter table state add column name_vector tsvector
    generated always as (to_tsvector('english', name_en) || to_tsvector('russian', name_ru)) stored;
