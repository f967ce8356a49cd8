package org.chancery.source.web;

import java.time.LocalDate;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.PageWriteTests;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /sources}: the list, a source's page, the form, deleting and restoring. */
@ChanceryIntegrationTest
class SourcePagesIntegrationTests extends PageWriteTests {

    private static final RequestPostProcessor VIEWER = user("viewer-sources").roles("VIEWER");
    private static final RequestPostProcessor EDITOR = user("editor-sources").roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user("admin-sources").roles("ADMIN");
    /** Trend's article of 17 February 2026, which events cite, and the Prime Minister's office's thanks of 11 January. */
    private long cited;
    private long thanks;

    @BeforeEach
    void findTheArticles() {
        ShippedRecord record = new ShippedRecord(jdbc);
        cited = record.source("Trend", LocalDate.of(2026, 2, 17));
        thanks = record.sourceTitled("Премьер-министр Израиля выразил глубокую признательность Касым-Жомарту Токаеву"
                + " за решение о присоединении Казахстана к Соглашениям Авраама.");
    }

    @Test
    void listsSourcesNewestFirstEachLinkedAndFiltersByTitleOrOutlet() throws Exception {
        String all = page(get("/sources"));
        assertThat(all).contains("href=\"/sources/" + cited + "\"", "Trend");
        assertThat(all.indexOf("17 February 2026")).isLessThan(all.indexOf("7 November 2025"));
        assertThat(all).doesNotContain("Add a source");

        String filtered = page(get("/sources").param("q", "trend"));
        assertThat(filtered).contains("href=\"/sources/" + cited + "\"").doesNotContain("href=\"/sources/" + thanks + "\"");
        assertThat(page(get("/sources").param("q", "no such words anywhere"))).contains("No source matches.");
        assertThat(page(get("/sources").with(EDITOR))).contains("href=\"/sources/new\"");
    }

    @Test
    void showsASourceWithWhatCitesItAndItsPassagesButNoEditingToViewers() throws Exception {
        String shown = page(get("/sources/" + cited).with(VIEWER));

        assertThat(shown).contains("Trend", "What cites it", "href=\"/events/", "<blockquote", "History")
                .doesNotContain("/sources/" + cited + "/edit", "/sources/" + cited + "/delete");
        assertThat(page(get("/sources/" + cited).with(EDITOR))).contains("href=\"/sources/" + cited + "/edit\"",
                "href=\"/sources/" + cited + "/delete\"");
        assertThat(page(get("/sources/" + cited).header("Accept-Language", "ru"))).contains("Что на него ссылается");
    }

    @Test
    void answersUnknownSourcesWithNotFound() throws Exception {
        mvc.perform(get("/sources/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/sources/999999/edit").with(EDITOR)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("The record holds nothing with the id or code “999999”.")));
        mvc.perform(get("/sources/999999/edit").with(EDITOR).header("Accept-Language", "ru")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("В летописи нет ничего с номером или кодом «999999».")));
    }

    @Test
    void showsEachProblemByItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = sources();

        String shown = mvc.perform(post("/sources").with(EDITOR).with(csrf()).param("title", " ")
                        .param("outlet", "Typed Outlet").param("url", "ftp://example.org/x").param("language", "Russian")
                        .param("publishedOn", "sometime soon"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("There is a problem", "<a href=\"#title\">Enter the source&#39;s title</a>",
                "Enter the source&#39;s address starting with http:// or https://",
                "Enter the source&#39;s language as a code such as ru, en or pt-BR",
                "&#39;sometime soon&#39; is not a date we can read", "id=\"title-error\"", "value=\"Typed Outlet\"");
        assertThat(shown.indexOf("#title")).isLessThan(shown.indexOf("#url"));
        assertThat(sources()).isEqualTo(before);
    }

    @Test
    void saysTheProblemsInRussian() throws Exception {
        String shown = mvc.perform(post("/sources").with(EDITOR).with(csrf()).header("Accept-Language", "ru")
                        .param("title", "").param("language", "").param("publishedOn", "январь 2026"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("Форма заполнена с ошибками", "Укажите заголовок источника",
                "Укажите язык источника кодом", "Укажите день публикации источника");
    }

    @Test
    void aMonthIsNotADayOfPublication() throws Exception {
        assertThat(mvc.perform(post("/sources").with(EDITOR).with(csrf()).param("title", "A month only")
                        .param("language", "en").param("publishedOn", "January 2026"))
                .andReturn().getResponse().getContentAsString())
                .contains("Enter the day the source was published, such as 27 January 2026");
    }

    @Test
    void addsASourceAndShowsItWithAConfirmation() throws Exception {
        MvcResult added = mvc.perform(post("/sources").with(EDITOR).with(csrf()).param("title", "Water talks in Astana")
                        .param("outlet", "Test Gazette").param("author", "A. Writer").param("url", " https://example.org/water ")
                        .param("language", "EN").param("publishedOn", "3 февраля 2026"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/sources/*"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("source.done.created", "Water talks in Astana")))
                .andReturn();
        long id = remember(added);

        assertThat(jdbc.sql("select published_on::text || ' ' || language || ' ' || url from source where id = ?").param(id)
                .query(String.class).single()).isEqualTo("2026-02-03 en https://example.org/water");
        assertThat(follow(added, EDITOR)).contains("The source “Water talks in Astana” was added.", "role=\"status\"",
                "3 February 2026", "Test Gazette", "A. Writer", "href=\"https://example.org/water\"",
                "No live record cites this source.", "Version 0: created", "by editor-sources");
    }

    @Test
    void anArticleAlreadyInTheRecordIsRefusedWithALinkToItsSource() throws Exception {
        long id = remember(mvc.perform(post("/sources").with(EDITOR).with(csrf()).param("title", "Water talks in Astana")
                .param("url", "https://example.org/water").param("language", "en")).andExpect(status().isFound()).andReturn());
        long before = jdbc.sql("select count(*) from source").query(Long.class).single();

        String shown = mvc.perform(post("/sources").with(EDITOR).with(csrf()).header("Accept-Language", "ru")
                        .param("title", "Водные переговоры").param("url", "https://www.example.org/water/").param("language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("Эта статья уже есть в записи как источник " + id,
                "href=\"/sources/" + id + "\"", "value=\"Водные переговоры\"");
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void editsASourceFromAFormFilledWithItAndLogsTheChange() throws Exception {
        long id = addSource("Before the edit");

        String form = page(get("/sources/" + id + "/edit").with(EDITOR));
        assertThat(form).contains("value=\"Before the edit\"", "value=\"3 February 2026\"", "name=\"version\" value=\"0\"");

        MvcResult saved = mvc.perform(post("/sources/" + id).with(EDITOR).with(csrf()).param("title", "After the edit")
                        .param("language", "en").param("publishedOn", "2026-02-03").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sources/" + id))
                .andReturn();
        assertThat(follow(saved, EDITOR)).contains("The source “After the edit” was saved.", "Version 1: changed",
                "Before the edit", "After the edit");
    }

    @Test
    void aStaleEditShowsBothVersionsAndOverwritesNothing() throws Exception {
        long id = addSource("The original title");
        mvc.perform(post("/sources/" + id).with(EDITOR).with(csrf()).param("title", "Someone else's title")
                .param("language", "en").param("version", "0")).andExpect(status().isFound());

        String shown = mvc.perform(post("/sources/" + id).with(EDITOR).with(csrf()).param("title", "My late title")
                        .param("language", "en").param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("Someone saved this record while you were editing it", "My late title",
                "Someone else&#39;s title", "name=\"version\" value=\"1\"", "value=\"My late title\"");
        assertThat(title(id)).isEqualTo("Someone else's title");
    }

    @Test
    void whatIsTypedIsShownEscaped() throws Exception {
        long id = addSource("<script>alert('x')</script>");

        assertThat(page(get("/sources/" + id))).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(page(get("/sources"))).doesNotContain("<script>alert");
    }

    @Test
    void deletesWithAReasonThenAdminsRestoreIt() throws Exception {
        long id = addSource("A duplicate article");
        String deletion = page(get("/sources/" + id + "/delete").with(EDITOR));
        assertThat(deletion).contains("Delete the source “A duplicate article”", "name=\"version\" value=\"0\"");

        mvc.perform(post("/sources/" + id + "/delete").with(EDITOR).with(csrf()).param("version", "0").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Say why the record is deleted"));
        assertThat(deleted(id)).isFalse();

        mvc.perform(post("/sources/" + id + "/delete").with(EDITOR).with(csrf()).param("version", "0")
                        .param("reason", "duplicate of source 5"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sources"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("deletion.done", "the source “A duplicate article”")));
        assertThat(deleted(id)).isTrue();
        assertThat(page(get("/sources"))).doesNotContain("A duplicate article");

        String gone = mvc.perform(get("/sources/" + id).with(ADMIN)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("This record was deleted", "A duplicate article", "Reason: duplicate of source 5",
                "action=\"/sources/" + id + "/restore\"", "Version 1: deleted");
        assertThat(mvc.perform(get("/sources/" + id).with(EDITOR)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/restore");
        mvc.perform(get("/sources/" + id + "/edit").with(EDITOR)).andExpect(status().isGone());

        mvc.perform(post("/sources/" + id + "/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/sources/" + id + "/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sources/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", "the source “A duplicate article”")));
        assertThat(deleted(id)).isFalse();
    }

    @Test
    void aCitedSourceIsNotDeletedAndItsDeletionPageSaysWhy() throws Exception {
        String deletion = page(get("/sources/" + cited + "/delete").with(EDITOR));
        assertThat(deletion).contains("These records cite the source", "href=\"/events/");

        String refused = mvc.perform(post("/sources/" + cited + "/delete").with(EDITOR).with(csrf())
                        .param("version", String.valueOf(version(cited))).param("reason", "trying"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("There is a problem", "Records still cite this source");
        assertThat(deleted(cited)).isFalse();
    }

    @Test
    void adminsPutAnEarlierVersionBack() throws Exception {
        long id = addSource("The first title");
        mvc.perform(post("/sources/" + id).with(EDITOR).with(csrf()).param("title", "A worse title")
                .param("language", "en").param("version", "0")).andExpect(status().isFound());
        assertThat(page(get("/sources/" + id).with(ADMIN))).contains("action=\"/sources/" + id + "/versions/0/restore\"");

        mvc.perform(post("/sources/" + id + "/versions/0/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/sources/" + id + "/versions/0/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sources/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("restore.versionDone", "the source “The first title”", "0")));
        assertThat(title(id)).isEqualTo("The first title");
    }

    @Test
    void viewersAndPostsWithoutTheTokenChangeNothing() throws Exception {
        long before = sources();

        mvc.perform(get("/sources/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/sources/" + cited + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/sources/" + cited + "/delete").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/sources").with(VIEWER).with(csrf()).param("title", "By a viewer").param("language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sources").with(EDITOR).param("title", "Without the token").param("language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sources/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        assertThat(sources()).isEqualTo(before);
    }

    private long addSource(String title) throws Exception {
        return remember(mvc.perform(post("/sources").with(EDITOR).with(csrf()).param("title", title)
                        .param("language", "en").param("publishedOn", "2026-02-03"))
                .andExpect(status().isFound())
                .andReturn());
    }

    private long remember(MvcResult added) {
        return created.remember("sources", "source", redirectedId(added));
    }

    private long sources() {
        return jdbc.sql("select count(*) from source").query(Long.class).single();
    }

    private String title(long id) {
        return jdbc.sql("select title from source where id = ?").param(id).query(String.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from source where id = ?").param(id).query(Long.class).single();
    }

    private boolean deleted(long id) {
        return jdbc.sql("select deleted_at is not null from source where id = ?").param(id).query(Boolean.class).single();
    }
}
