package org.chancery.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live sources as a form offers them to cite, newest first, each named as a reader
 * recognises it: "title · outlet · date".
 */
@Service
@Transactional(readOnly = true)
public class SourceOptions {

    private final JdbcClient jdbc;

    SourceOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each live source's id and how the form names it, in the order the form lists them. */
    public Map<Long, String> all() {
        return jdbc.sql("""
                        select id, title, outlet, published_on from source
                         where deleted_at is null
                         order by published_on desc nulls last, id desc""")
                .query((row, n) -> new Option(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                        row.getObject("published_on", LocalDate.class)))
                .stream()
                .collect(Collectors.toMap(Option::id, Option::label, (a, b) -> a, LinkedHashMap::new));
    }

    private record Option(long id, String title, @Nullable String outlet, @Nullable LocalDate publishedOn) {

        String label() {
            return title + (outlet == null ? "" : " · " + outlet) + (publishedOn == null ? "" : " · " + publishedOn);
        }
    }
}
