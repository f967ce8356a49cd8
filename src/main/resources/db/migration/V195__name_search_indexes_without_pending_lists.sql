-- The search page's names (states, persons, institutions, agreements, sources) and the offices'
-- type-ahead match through these GIN indexes (V132, V191). With GIN's fast update (the default),
-- rows written since the last vacuum wait in the index's pending list, which every search reads
-- through row by row: at a million events, 10,000 sources just written made one search's statement
-- 33 ms of list scanning instead of 0.1 ms, and the planner, costing the index with its list,
-- walked every source instead (docs/benchmarks.md). These tables are written a row at a time by
-- editors and in the thousands by an import, so each insert now goes straight into the index.
-- The events' text index (event_search_idx) keeps fast update: an import writes thousands of
-- events at once, and it is vacuumed with the event table.
alter index person_name_en_trgm_idx set (fastupdate = off);
alter index person_name_ru_trgm_idx set (fastupdate = off);
alter index person_name_vector_idx set (fastupdate = off);
alter index institution_name_en_trgm_idx set (fastupdate = off);
alter index institution_name_ru_trgm_idx set (fastupdate = off);
alter index institution_name_vector_idx set (fastupdate = off);
alter index agreement_name_en_trgm_idx set (fastupdate = off);
alter index agreement_name_ru_trgm_idx set (fastupdate = off);
alter index agreement_name_vector_idx set (fastupdate = off);
alter index source_title_trgm_idx set (fastupdate = off);
alter index source_outlet_trgm_idx set (fastupdate = off);
alter index source_author_trgm_idx set (fastupdate = off);
alter index source_title_vector_idx set (fastupdate = off);
alter index office_title_en_trgm_idx set (fastupdate = off);
alter index office_title_ru_trgm_idx set (fastupdate = off);

-- What already waits in the lists goes into the indexes now (switching fast update off does not
-- move it).
select gin_clean_pending_list(index_name::regclass)
  from unnest(array['person_name_en_trgm_idx', 'person_name_ru_trgm_idx', 'person_name_vector_idx',
                    'institution_name_en_trgm_idx', 'institution_name_ru_trgm_idx', 'institution_name_vector_idx',
                    'agreement_name_en_trgm_idx', 'agreement_name_ru_trgm_idx', 'agreement_name_vector_idx',
                    'source_title_trgm_idx', 'source_outlet_trgm_idx', 'source_author_trgm_idx', 'source_title_vector_idx',
                    'office_title_en_trgm_idx', 'office_title_ru_trgm_idx']) as index_name;
