package org.chancery.topic.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.PageWriteTests;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /admin/topics}: the vocabulary as admins keep it, and as nobody else may. */
@ChanceryIntegrationTest
class TopicAdminPagesIntegrationTests extends PageWriteTests {

    private static final RequestPostProcessor EDITOR = user("editor-topics").roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user("admin-topics").roles("ADMIN");
    private static final String CODE = "test-desalination";

    @Test
    void listsEachTopicWithItsNamesAndHowManyEventsItTags() throws Exception {
        String list = page(get("/admin/topics").with(ADMIN));

        assertThat(list).contains("href=\"/admin/topics/water\"", "Water", "Водные ресурсы", "href=\"/admin/topics/new\"");
        assertThat(page(get("/admin/topics/water").with(ADMIN))).contains("Topic water", "Водные ресурсы",
                "href=\"/timeline?topic=water\"", "href=\"/admin/topics/water/edit\"", "History");
    }

    @Test
    void onlyAdminsGetIn() throws Exception {
        mvc.perform(get("/admin/topics").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/topics/new").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/topics").with(EDITOR).with(csrf()).param("code", CODE).param("nameEn", "Desalination")
                .param("nameRu", "Опреснение")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/topics").with(ADMIN).param("code", CODE).param("nameEn", "Desalination")
                .param("nameRu", "Опреснение")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/topics")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        assertThat(exists(CODE)).isFalse();
    }

    @Test
    void showsEachProblemByItsFieldAndSavesNothing() throws Exception {
        String shown = mvc.perform(post("/admin/topics").with(ADMIN).with(csrf()).param("code", "Not a code!")
                        .param("nameEn", "Desalination").param("nameRu", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("There is a problem", "<a href=\"#code\">Write the topic&#39;s code in lower-case letters",
                "<a href=\"#nameRu\">Enter the topic&#39;s name in Russian</a>", "value=\"Not a code!\"", "value=\"Desalination\"");
        assertThat(shown.indexOf("#code")).isLessThan(shown.indexOf("#nameRu"));
        assertThat(page(post("/admin/topics").with(ADMIN).with(csrf()).param("nameEn", "Desalination").param("nameRu", "Опреснение")))
                .contains("Enter the topic&#39;s code, such as food-security");
    }

    @Test
    void saysTheProblemsInRussian() throws Exception {
        assertThat(page(post("/admin/topics").with(ADMIN).with(csrf()).header("Accept-Language", "ru")
                        .param("code", "").param("nameEn", "").param("nameRu", "")))
                .contains("Форма заполнена с ошибками", "Укажите код темы", "Укажите название темы на английском");
    }

    @Test
    void aTakenCodeIsRefused() throws Exception {
        assertThat(page(post("/admin/topics").with(ADMIN).with(csrf()).param("code", "Water").param("nameEn", "Another water")
                        .param("nameRu", "Другая вода")))
                .contains("<a href=\"#code\">A topic has this code already</a>");
        assertThat(jdbc.sql("select name_en from topic where code = 'water'").query(String.class).single()).isEqualTo("Water");
    }

    @Test
    void addsATopicRenamesItAndAStaleRenameShowsBothVersions() throws Exception {
        MvcResult added = mvc.perform(post("/admin/topics").with(ADMIN).with(csrf()).param("code", " Test-Desalination ")
                        .param("nameEn", "Desalination").param("nameRu", "Опреснение"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/topics/" + CODE))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.created", CODE)))
                .andReturn();
        created.remember("topics", "topic", "code", CODE);
        assertThat(follow(added, ADMIN)).contains("The topic test-desalination was added to the vocabulary.", "Опреснение",
                "Version 0: created", "by admin-topics");
        assertThat(page(get("/admin/topics/" + CODE + "/edit").with(ADMIN))).contains("value=\"Desalination\"",
                "name=\"version\" value=\"0\"").doesNotContain("name=\"code\"");

        mvc.perform(post("/admin/topics/" + CODE).with(ADMIN).with(csrf()).param("nameEn", "Desalination of water")
                        .param("nameRu", "Опреснение воды").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/topics/" + CODE))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.saved", CODE)));

        String conflict = mvc.perform(post("/admin/topics/" + CODE).with(ADMIN).with(csrf()).param("nameEn", "My stale name")
                        .param("nameRu", "Опреснение").param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone saved this record while you were editing it", "My stale name",
                "Desalination of water", "name=\"version\" value=\"1\"");
        assertThat(name(CODE)).isEqualTo("Desalination of water");

        mvc.perform(post("/admin/topics/" + CODE + "/versions/0/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.reverted", CODE, "0")));
        assertThat(name(CODE)).isEqualTo("Desalination");
    }

    @Test
    void deletesAnUnusedTopicForGoodKeepingItsHistory() throws Exception {
        addTopic();
        assertThat(page(get("/admin/topics/" + CODE + "/delete").with(ADMIN)))
                .contains("Delete the topic “Desalination”", "leaves the vocabulary for good");

        mvc.perform(post("/admin/topics/" + CODE + "/delete").with(ADMIN).with(csrf()).param("version", "0")
                        .param("reason", "merged into water"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/topics"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.deleted", CODE)));
        assertThat(exists(CODE)).isFalse();

        String gone = mvc.perform(get("/admin/topics/" + CODE).with(ADMIN)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("This topic was deleted from the vocabulary.", "Reason: merged into water",
                "Version 0: deleted", "Version 0: created");
    }

    @Test
    void aTopicThatTagsEventsIsNotDeleted() throws Exception {
        assertThat(page(get("/admin/topics/water/delete").with(ADMIN))).contains("This topic tags");

        String refused = page(post("/admin/topics/water/delete").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version("water"))).param("reason", "trying"));

        assertThat(refused).contains("There is a problem", "Events (deleted ones too) are tagged with this topic");
        assertThat(exists("water")).isTrue();
    }

    @Test
    void whatIsTypedIsShownEscaped() throws Exception {
        mvc.perform(post("/admin/topics").with(ADMIN).with(csrf()).param("code", CODE)
                .param("nameEn", "<script>alert('x')</script>").param("nameRu", "Опреснение")).andExpect(status().isFound());
        created.remember("topics", "topic", "code", CODE);

        assertThat(page(get("/admin/topics").with(ADMIN))).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    private void addTopic() throws Exception {
        mvc.perform(post("/admin/topics").with(ADMIN).with(csrf()).param("code", CODE).param("nameEn", "Desalination")
                .param("nameRu", "Опреснение")).andExpect(status().isFound());
        created.remember("topics", "topic", "code", CODE);
    }

    private boolean exists(String code) {
        return jdbc.sql("select count(*) from topic where code = ?").param(code).query(Long.class).single() > 0;
    }

    private String name(String code) {
        return jdbc.sql("select name_en from topic where code = ?").param(code).query(String.class).single();
    }

    private long version(String code) {
        return jdbc.sql("select version from topic where code = ?").param(code).query(Long.class).single();
    }
}
