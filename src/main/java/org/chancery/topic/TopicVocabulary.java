package org.chancery.topic;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The topics as the pages offer them to filter by. */
@Service
@Transactional(readOnly = true)
public class TopicVocabulary {

    private final JdbcClient jdbc;

    TopicVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TopicName> all() {
        return jdbc.sql("select code, name_en, name_ru from topic order by code")
                .query((row, n) -> new TopicName(row.getString("code"), row.getString("name_en"), row.getString("name_ru")))
                .list();
    }

    public record TopicName(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }
}
