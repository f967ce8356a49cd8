package org.chancery.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.chancery.ChanceryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application started on a database of its own holding the shipped record without what
 * seed articles 003 (Gideon Saar in Baku and Astana) and 000 (Netanyahu's call) report: their
 * events and sources, the figures of 003, and the five persons only they name (Saar,
 * Kosherbayev, Herzog, Netanyahu, Ohana) with their terms; their offices, the ministries and the
 * Knesset stay. What the removed events said is kept to compare with what staff enter again.
 */
final class RecordWithoutTwoArticles implements AutoCloseable {

    private static final String BASE_URL = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_URL",
            "jdbc:postgresql://localhost:5432/chancery_test");
    private static final String USERNAME = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_USERNAME", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_PASSWORD", "");

    static final String ARTICLE_003 = "Израиль расширяет влияние в Каспийском регионе";
    static final String ARTICLE_000 = "Премьер-министр Израиля выразил глубокую признательность Касым-Жомарту Токаеву "
            + "за решение о присоединении Казахстана к Соглашениям Авраама.";

    final ConfigurableApplicationContext app;
    final JdbcClient jdbc;
    final String origin;
    /** The facts of the removed events as the shipped record had them, by English title. */
    final Map<String, String> recorded = new LinkedHashMap<>();
    private final String database;

    private RecordWithoutTwoArticles(String database) {
        this.database = database;
        app = new SpringApplicationBuilder(ChanceryApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + BASE_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"),
                "--spring.main.banner-mode=off");
        jdbc = app.getBean(JdbcClient.class);
        origin = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Starts on the test database's name followed by {@code suffix}, made afresh and dropped on {@link #close()}. */
    static RecordWithoutTwoArticles start(String suffix) throws SQLException {
        String database = BASE_URL.replaceFirst(".*/([^/?]+).*", "$1") + suffix;
        drop(database);
        RecordWithoutTwoArticles record = new RecordWithoutTwoArticles(database);
        record.removeTheTwoArticles();
        return record;
    }

    private void removeTheTwoArticles() {
        List<Long> events = jdbc.sql("select distinct event_id from event_source where source_id in (1, 4) order by 1")
                .query(Long.class).list();
        for (long id : events) {
            recorded.put(jdbc.sql("select title_en from event where id = :id").param("id", id).query(String.class).single(),
                    facts(id));
        }
        jdbc.sql("delete from event where id in (:ids)").param("ids", events).update();
        jdbc.sql("delete from economic_figure where source_id in (1, 4)").update();
        jdbc.sql("delete from source where id in (1, 4)").update();
        List<Long> persons = List.of(2L, 4L, 5L, 6L, 7L);
        jdbc.sql("delete from office_term where person_id in (:p)").param("p", persons).update();
        jdbc.sql("delete from person where id in (:p)").param("p", persons).update();
    }

    /** What the record says of an event, as one line to compare (everything but its titles and summaries). */
    String facts(long id) {
        return jdbc.sql("""
                select concat_ws(' | ', e.kind, e.status, e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                         e.place_en, e.place_state_code, e.visit_level, e.call_initiator_code, e.agreement_id,
                         e.memorandum_subject_en,
                         (select string_agg(s.state_code || ':' || s.side, ',' order by s.state_code) from event_state s where s.event_id = e.id),
                         (select string_agg(p.name_en || ':' || ep.role, ',' order by p.name_en)
                            from event_participant ep join person p on p.id = ep.person_id where ep.event_id = e.id),
                         (select string_agg(i.name_en || ':' || ei.role, ',' order by i.name_en)
                            from event_institution ei join institution i on i.id = ei.institution_id where ei.event_id = e.id),
                         (select string_agg(t.topic_code, ',' order by t.topic_code) from event_topic t where t.event_id = e.id),
                         (select string_agg(s.title || ' / ' || coalesce(s.outlet, '') || ' / ' || coalesce(s.url, '') || ' / ' || s.published_on,
                                 ',' order by s.title)
                            from event_source es join source s on s.id = es.source_id where es.event_id = e.id))
                  from event e where e.id = :id""").param("id", id).query(String.class).single();
    }

    /** One item's figures. */
    record Item(String name, KeystrokeLevelUser.Tally tally) {
    }

    /** The items' figures as a Markdown table, printed for docs/data-entry.md. */
    static void print(String heading, List<Item> items) {
        StringBuilder table = new StringBuilder("""
                | item | K | of which text | P | B | H | M | page loads | seconds |
                |---|---|---|---|---|---|---|---|---|
                """);
        for (Item item : items) {
            KeystrokeLevelUser.Tally t = item.tally();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.0f |%n", item.name(), t.keys, t.typed, t.points,
                    t.buttons, t.homings, t.decisions, t.pageLoads, t.seconds()));
        }
        System.out.println(heading + "\n" + table);
    }

    @Override
    public void close() throws SQLException {
        app.close();
        drop(database);
    }

    private static void drop(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USERNAME);
        credentials.setProperty("password", PASSWORD);
        try (Connection connection = DriverManager.getConnection(BASE_URL.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }
}
