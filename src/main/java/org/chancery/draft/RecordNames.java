package org.chancery.draft;

import java.util.List;

import org.chancery.common.Transliteration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every name the record holds that a draft can recognise, in English and Russian: states,
 * the places events were held (keyed by their English and Russian names, "Astana|Астана", each a name of its state), persons, offices (naming their
 * holder), institutions, topics and agreements. Read in one statement each time a draft is made, so a
 * name added a minute ago is recognised.
 */
@Component
public class RecordNames {

    private final JdbcClient jdbc;

    RecordNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<KnownName> all() {
        List<KnownName> names = new java.util.ArrayList<>(jdbc.sql("""
                select 'STATE' as kind, code as key, code as state, name from state,
                       lateral (values (name_en), (name_ru)) as names (name)
                union all
                select distinct 'PLACE', place_en || '|' || coalesce(place_ru, ''), place_state_code, name from event,
                       lateral (values (place_en), (place_ru)) as names (name)
                 where place_state_code is not null and name is not null and deleted_at is null
                union all
                select 'PERSON', p.id::text,
                       (select min(o.state_code) from office_term t join office o on o.id = t.office_id where t.person_id = p.id),
                       name from person p, lateral (values (p.name_en), (p.name_ru)) as names (name)
                 where p.deleted_at is null
                union all
                select 'OFFICE', case when count(distinct t.person_id) = 1 then min(t.person_id)::text end, o.state_code, name
                  from office o join office_term t on t.office_id = o.id,
                       lateral (values (o.title_en), (o.title_ru)) as names (name)
                 group by o.id, o.state_code, name
                union all
                select 'INSTITUTION', i.id::text, i.state_code, name from institution i,
                       lateral (values (i.name_en), (i.name_ru)) as names (name)
                 where i.deleted_at is null
                union all
                select 'TOPIC', code, null, name from topic, lateral (values (name_en), (name_ru)) as names (name)
                union all
                select 'AGREEMENT', id::text, null, name from agreement, lateral (values (name_en), (name_ru)) as names (name)
                 where deleted_at is null
                """)
                .query((row, n) -> new KnownName(KnownName.Kind.valueOf(row.getString("kind")),
                        row.getString("key") == null ? "" : row.getString("key"), row.getString("state"), row.getString("name")))
                .list());
        // A place typed in English only ("Astana") is also known by its letters in Cyrillic («Астана»), as a Russian article writes it.
        List<KnownName> untranslated = names.stream()
                .filter(name -> name.kind() == KnownName.Kind.PLACE && name.key().endsWith("|") && name.state() != null).toList();
        for (KnownName place : untranslated) {
            names.add(new KnownName(KnownName.Kind.PLACE, place.key(), place.state(), Transliteration.toCyrillic(place.name())));
        }
        return names;
    }

    /** An office of the record, held by anyone or by no one yet, with its institution's English name. */
    public record RecordOffice(String titleEn, String titleRu, String stateCode, @org.jspecify.annotations.Nullable Long institutionId,
            @org.jspecify.annotations.Nullable String institution) {
    }

    /** Every office of the record, for a new person the article names by their office. */
    @Transactional(readOnly = true)
    public List<RecordOffice> offices() {
        return jdbc.sql("""
                select o.title_en, o.title_ru, o.state_code, o.institution_id, i.name_en
                  from office o left join institution i on i.id = o.institution_id and i.deleted_at is null
                 order by o.id""")
                .query((row, n) -> new RecordOffice(row.getString("title_en"), row.getString("title_ru"), row.getString("state_code"),
                        row.getObject("institution_id", Long.class), row.getString("name_en"))).list();
    }

    /** The states taking part in each agreement, as "agreement id:state code". */
    @Transactional(readOnly = true)
    public java.util.Set<String> participations() {
        return new java.util.HashSet<>(jdbc.sql("select agreement_id || ':' || state_code from participation")
                .query(String.class).list());
    }
}
