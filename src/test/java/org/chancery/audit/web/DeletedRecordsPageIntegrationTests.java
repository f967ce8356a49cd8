package org.chancery.audit.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.common.query.KeysetCursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class DeletedRecordsPageIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("deleted-admin").roles("ADMIN");
    private static final RequestPostProcessor EDITOR = user("deleted-editor").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from person where name_en like 'Deleted-list test%'").update();
        jdbc.sql("delete from source where title like 'Deleted-list test%'").update();
    }

    /** Deleted "in the future", so that they are the latest deletions whatever else the test database holds. */
    private void deletePersons(int count) {
        jdbc.sql("""
                insert into person (name_en, name_ru, deleted_at, deleted_by, deletion_reason)
                select 'Deleted-list test ' || n, 'Тест удалённых ' || n, timestamptz '2099-01-01 00:00Z' + n * interval '1 minute',
                       'deleted-editor', 'entered twice'
                  from generate_series(1, :count) n""").param("count", count).update();
    }

    @Test
    void anAdminSeesEveryKindOfDeletedRecordLatestFirstWithWhoAndWhyAndALinkToRestoreIt() throws Exception {
        deletePersons(2);
        long source = jdbc.sql("""
                insert into source (outlet, title, url, language, deleted_at, deleted_by, deletion_reason)
                values ('Pacific Daily', 'Deleted-list test: an article', 'https://example.org/deleted-list', 'en',
                        timestamptz '2099-01-01 00:30Z', 'deleted-admin', 'not an article') returning id""")
                .query(Long.class).single();
        long person = jdbc.sql("select id from person where name_en = 'Deleted-list test 2'").query(Long.class).single();

        String page = page("/admin/deleted", "en");

        assertThat(page).contains("Deleted records", "href=\"/sources/" + source + "\"", "Deleted-list test: an article",
                "not an article", "deleted-admin", "href=\"/persons/" + person + "\"", "entered twice", "Person", "Source");
        assertThat(page.indexOf("Deleted-list test: an article")).isLessThan(page.indexOf("Deleted-list test 2"));
        assertThat(page.indexOf("Deleted-list test 2")).isLessThan(page.indexOf("Deleted-list test 1"));
        assertThat(page("/admin/deleted", "ru")).contains("Удалённые записи", "Тест удалённых 2", "Персона");
    }

    @Test
    void aLongListGoesOnPageByPage() throws Exception {
        deletePersons(DeletedRecordsController.PAGE_SIZE + 1);

        String first = page("/admin/deleted", "en");
        assertThat(first).contains("Deleted-list test " + (DeletedRecordsController.PAGE_SIZE + 1), "Deleted-list test 2<")
                .doesNotContain("Deleted-list test 1<");
        Matcher older = Pattern.compile("href=\"(/admin/deleted\\?after=[^\"]+)\">Older deletions").matcher(first);
        assertThat(older.find()).isTrue();

        String second = page(older.group(1).replace("&amp;", "&"), "en");
        assertThat(second).contains("Deleted-list test 1<", "The latest deletions")
                .doesNotContain("Deleted-list test 2<");
    }

    @Test
    void onlyAdminsSeeItAndALinkNotMadeHereStartsFromTheLatest() throws Exception {
        mvc.perform(get("/admin/deleted").with(EDITOR)).andExpect(status().isForbidden());
        deletePersons(1);

        String page = mvc.perform(get("/admin/deleted").param("after", "made-up").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("was not made by Chancery", "Deleted-list test 1");
        // one of this list's shape whose keys do not read: the same answer, not a server error
        String forged = KeysetCursor.of("deleted", "yesterday", "persons", "seven").encode();
        mvc.perform(get("/admin/deleted").param("after", forged).with(ADMIN)).andExpect(status().isBadRequest());
    }

    private String page(String address, String language) throws Exception {
        return mvc.perform(get(address).header("Accept-Language", language).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
