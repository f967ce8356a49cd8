-- The search page finds persons, institutions, agreements and sources by any part of a name
-- (ilike '%…%') or by its words in any grammatical form (text search in both languages). Both
-- were computed on every row for every search: to_tsvector over 10,000 sources alone took
-- some 300 ms a search on the benchmark's record. The words are now stored with the row
-- (generated columns, so every writer keeps them) and both conditions go through GIN indexes
-- (trigrams for the parts of names), which PostgreSQL combines as a bitmap OR.
create extension if not exists pg_trgm;

alter table person add column name_vector tsvector
    generated always as (to_tsvector('english', name_en) || to_tsvector('russian', name_ru)) stored;
alter table institution add column name_vector tsvector
    generated always as (to_tsvector('english', name_en) || to_tsvector('russian', name_ru)) stored;
alter table agreement add column name_vector tsvector
    generated always as (to_tsvector('english', name_en) || to_tsvector('russian', name_ru)) stored;
alter table source add column title_vector tsvector
    generated always as (to_tsvector('english', title) || to_tsvector('russian', title)) stored;

create index person_name_vector_idx on person using gin (name_vector);
create index person_name_en_trgm_idx on person using gin (name_en gin_trgm_ops);
create index person_name_ru_trgm_idx on person using gin (name_ru gin_trgm_ops);
create index institution_name_vector_idx on institution using gin (name_vector);
create index institution_name_en_trgm_idx on institution using gin (name_en gin_trgm_ops);
create index institution_name_ru_trgm_idx on institution using gin (name_ru gin_trgm_ops);
create index agreement_name_vector_idx on agreement using gin (name_vector);
create index agreement_name_en_trgm_idx on agreement using gin (name_en gin_trgm_ops);
create index agreement_name_ru_trgm_idx on agreement using gin (name_ru gin_trgm_ops);
create index source_title_vector_idx on source using gin (title_vector);
create index source_title_trgm_idx on source using gin (title gin_trgm_ops);
create index source_outlet_trgm_idx on source using gin (outlet gin_trgm_ops);
create index source_author_trgm_idx on source using gin (author gin_trgm_ops);
