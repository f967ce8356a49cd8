-- The initials of a name, as the type-ahead matches an abbreviation ("МИД" for «Министерство
-- иностранных дел Израиля», "MFA" for "Ministry of Foreign Affairs of Israel"): the first
-- letters of its words of three letters or more, in lower case (common.query.WordsMatch).
-- Indexed on institutions (text_pattern_ops, for a prefix like 'мид%'), so an abbreviation is
-- found without reading every institution; offices are few and read whole.
create function name_initials(name text) returns text language sql immutable strict parallel safe as $$
    select array_to_string(array(select left(w, 1) from regexp_split_to_table(lower(name), '[^[:alnum:]]+') w
                                  where length(w) >= 3), '')
$$;

create index institution_initials_en_idx on institution (name_initials(name_en) text_pattern_ops);
create index institution_initials_ru_idx on institution (name_initials(name_ru) text_pattern_ops);
