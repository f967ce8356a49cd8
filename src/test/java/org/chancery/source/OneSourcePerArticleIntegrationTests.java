package org.chancery.source;

import org.chancery.ApiWriteTests;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One article is one source: the API refuses a second source for an article the record holds
 * and says which source holds it; the event form cites the existing source instead of adding a copy.
 */
@SlowTest
@ChanceryIntegrationTest
class OneSourcePerArticleIntegrationTests extends ApiWriteTests {

    private static String article(String url) {
        return """
                {"outlet": "Test Gazette", "title": "Water talks in Astana", "url": "%s",
                 "language": "en", "publishedOn": "2026-02-03"}""".formatted(url);
    }

    private long create(String body) throws Exception {
        return created.remember("sources", "source", idOf(mvc.perform(post("/api/v1/sources").with(editor)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()));
    }

    @Test
    void theSameAddressWrittenAnotherWayIsRefusedWithTheExistingSource() throws Exception {
        long original = create(article("https://example.org/news/water-talks"));
        long before = rows("source");

        for (String same : new String[] {"http://www.EXAMPLE.org/news/water-talks/", "https://example.org/news/water-talks#comments",
                "https://example.org/news/water-talks?utm_source=telegram&utm_medium=post"}) {
            mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON).content(article(same)))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.existing").value("/api/v1/sources/" + original))
                    .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/sources/" + original))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("source " + original)));
        }

        assertThat(rows("source")).isEqualTo(before);
        create(article("https://example.org/news/water-talks?page=2"));
    }

    @Test
    void withoutAnAddressTheOutletTitleAndDayNameTheArticle() throws Exception {
        String body = """
                {"outlet": "Kazpravda.kz", "title": "%s", "language": "ru", "publishedOn": "2025-11-07"}""";
        String shipped = jdbc.sql("select title from source where outlet = 'Kazpravda.kz'").query(String.class).single();
        long shippedId = jdbc.sql("select id from source where outlet = 'Kazpravda.kz'").query(Long.class).single();

        mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("  " + shipped.toUpperCase().replace(" ", "   "))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/sources/" + shippedId));
        create("""
                {"outlet": "Kazpravda.kz", "title": "%s", "language": "ru", "publishedOn": "2025-11-08"}""".formatted(shipped));
    }

    @Test
    void withNeitherAddressNorOutletTheTitleAndDayNameTheArticle() throws Exception {
        // Seed article 000: no outlet, no address, its first sentence for a title.
        String shipped = jdbc.sql("select title from source where outlet is null and url is null and published_on = date '2026-01-11'")
                .query(String.class).single();
        long shippedId = jdbc.sql("select id from source where title = :title").param("title", shipped).query(Long.class).single();

        mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "%s", "language": "ru", "publishedOn": "2026-01-11"}""".formatted(shipped.toLowerCase())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/sources/" + shippedId));
        // Named by an outlet, the same title is another outlet's article.
        create("""
                {"outlet": "Kazinform", "title": "%s", "language": "ru", "publishedOn": "2026-01-11"}""".formatted(shipped));
    }

    @Test
    void aSourceCannotBeEditedIntoAnotherArticleItHolds() throws Exception {
        long first = create(article("https://example.org/one"));
        long second = create(article("https://example.org/two"));

        mvc.perform(put("/api/v1/sources/" + second).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(article("https://example.org/one/")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/sources/" + first));
        mvc.perform(put("/api/v1/sources/" + first).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(article("https://www.example.org/one")))
                .andExpect(status().isOk());
    }
}
