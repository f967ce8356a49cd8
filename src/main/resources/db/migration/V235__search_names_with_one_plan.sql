-- The search page's statement of names (RecordSearch): five small index reads, 0.7-1 ms at a
-- million events, which PostgreSQL planned anew on every search (the pool's connections run with
-- plan_cache_mode = force_custom_plan, for the timeline's busy pairs), 4-5 ms at load 14. The
-- plan does not depend on what is searched for: each table's rows are found through its indexes
-- of trigrams and words whatever the pattern. As a PL/pgSQL function that asks for a generic
-- plan, the statement is planned once a connection (planning 0.05 ms, the same index reads).
-- pattern: an ilike pattern; web and words: the two tsqueries of TextQuery (null: no words).
create function record_search_names(query text, pattern text, web tsquery, words tsquery, lim int)
    returns table (type text, key text, name_en text, name_ru text)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
begin
    return query
    (select 'state', s.code::text, s.name_en::text, s.name_ru::text from state s
      where s.code = upper(query) or s.alpha3 = upper(query)
         or s.name_en ilike pattern or s.name_ru ilike pattern or s.name_vector @@ web or s.name_vector @@ words
      order by s.code = upper(query) desc, s.name_en limit lim)
    union all
    -- each table's matches are found first (offset 0 keeps the planner from walking the order's
    -- index down to the limit: a search that matches no source read every source so, 30 to 120 ms
    -- at ten thousand of them; the words' and trigrams' indexes find them in a tenth of a
    -- millisecond), then ordered
    (select 'person', found.id::text, found.name_en::text, found.name_ru::text from (
       select p.id, p.name_en, p.name_ru from person p
        where (p.name_en ilike pattern or p.name_ru ilike pattern or p.name_vector @@ web or p.name_vector @@ words)
          and p.deleted_at is null
       offset 0) found
      order by found.name_en limit lim)
    union all
    (select 'institution', found.id::text, found.name_en::text, found.name_ru::text from (
       select i.id, i.name_en, i.name_ru from institution i
        where (i.name_en ilike pattern or i.name_ru ilike pattern or i.name_vector @@ web or i.name_vector @@ words)
          and i.deleted_at is null
       offset 0) found
      order by found.name_en limit lim)
    union all
    (select 'agreement', found.id::text, found.name_en::text, found.name_ru::text from (
       select a.id, a.name_en, a.name_ru from agreement a
        where a.deleted_at is null
          and (a.name_en ilike pattern or a.name_ru ilike pattern or a.name_vector @@ web or a.name_vector @@ words)
       offset 0) found
      order by found.name_en limit lim)
    union all
    (select 'source', found.id::text, found.name, found.name from (
       select src.id, coalesce(src.outlet || ': ', '') || src.title as name, src.published_on from source src
        where src.deleted_at is null
          and (src.title ilike pattern or src.outlet ilike pattern or src.author ilike pattern
               or src.title_vector @@ web or src.title_vector @@ words)
       offset 0) found
      order by found.published_on desc nulls last, found.id::text limit lim);
end
$$;
