package org.chancery.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The five articles the shipped record was made from (test resources {@code draft/seeds}). */
public final class SeedArticles {

    private SeedArticles() {
    }

    public static String read(String file) throws IOException {
        try (InputStream in = SeedArticles.class.getResourceAsStream("/draft/seeds/" + file)) {
            if (in == null) {
                throw new IOException("no seed article " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed files begin with " date 2026-01-27": the day the article was published. */
    public static LocalDate published(String text) {
        Matcher date = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})").matcher(text);
        if (!date.find()) {
            throw new IllegalArgumentException("a seed article without its date line");
        }
        return LocalDate.parse(date.group(1));
    }
}
