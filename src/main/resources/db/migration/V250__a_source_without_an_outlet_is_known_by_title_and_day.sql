-- A source with no address and no outlet is still one article: two such sources with the same
-- title and publication day (case and runs of spaces do not count) are the same article, as two
-- with the same outlet, title and day already were (V130). Until now a source without an
-- outlet had no identity, so an article with neither address nor outlet (seed article 000 has
-- none), entered from two of its items, became two sources. A source without a day still has no
-- identity. The keys of sources with an address or an outlet are unchanged.

drop index source_identity_key_live_idx;
alter table source drop column identity_key;

create or replace function source_identity(url text, outlet text, title text, published_on date)
    returns text language sql immutable parallel safe as $$
    select case
        when url is not null then 'url:' || (
            with parts as (
                select regexp_match(btrim(url), '^[A-Za-z]+://([^/?#]*)([^?#]*)(\?[^#]*)?') as m)
            select lower(regexp_replace(m[1], '^www\.', '', 'i'))
                   || regexp_replace(coalesce(m[2], ''), '/+$', '')
                   || coalesce('?' || nullif(array_to_string(array(
                          select p from unnest(string_to_array(substr(m[3], 2), '&')) with ordinality as q (p, n)
                           where p <> '' and p !~* '^(utm_[a-z_]*|fbclid|gclid|yclid|mc_cid|mc_eid)(=|$)'
                           order by n), '&'), ''), '')
              from parts)
        when published_on is not null and title is not null then
            'article:' || coalesce(lower(regexp_replace(btrim(outlet), '\s+', ' ', 'g')), '')
                || '|' || lower(regexp_replace(btrim(title), '\s+', ' ', 'g'))
                || '|' || published_on::text
    end
$$;

alter table source
    add column identity_key text generated always as (source_identity(url, outlet, title, published_on)) stored;

-- Sources without an outlet entered twice are merged into the first of them, as V130 merged the
-- others: what cited a later copy cites the first (an event citing both keeps the first's
-- passage), and the copy is deleted with the reason, so it stays in the history.
do $$
declare
    copy record;
begin
    for copy in
        select s.id, first_value(s.id) over same as original, s.version
          from source s
         where s.deleted_at is null and s.identity_key is not null
        window same as (partition by s.identity_key order by s.id)
    loop
        continue when copy.id = copy.original;
        update economic_figure set source_id = copy.original where source_id = copy.id;
        update participation_step set source_id = copy.original where source_id = copy.id;
        insert into event_source (event_id, source_id, quoted_passage)
            select event_id, copy.original, quoted_passage from event_source where source_id = copy.id
            on conflict do nothing;
        delete from event_source where source_id = copy.id;
        update source
           set deleted_at = now(), deleted_by = 'system', version = version + 1,
               deletion_reason = 'The same article as source ' || copy.original || ', merged into it.'
         where id = copy.id;
        insert into change_log (resource, record_key, action, actor, version, changes, snapshot, reason)
            values ('sources', copy.id::text, 'DELETED', 'system', copy.version + 1, '[]'::jsonb, null,
                    'The same article as source ' || copy.original || ', merged into it.');
    end loop;
end
$$;

create unique index source_identity_key_live_idx on source (identity_key)
    where identity_key is not null and deleted_at is null;
