package org.chancery.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The draft page as staff use it: paste an article, read the drafts, open one in the event form; nothing is saved. */
@ChanceryIntegrationTest
class DraftPageIntegrationTests {

    private static final RequestPostProcessor EDITOR = user("draft-editor").roles("EDITOR");
    private static final String ARTICLE_003 = "003_286ccc2045c21454.txt";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void isForStaffAndLinkedFromTheNewEventAndUploadPages() throws Exception {
        mvc.perform(get("/events/draft")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/draft").with(user("draft-viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/events/draft").with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A draft from an article")));
        mvc.perform(get("/events/new").with(EDITOR)).andExpect(content().string(containsString("href=\"/events/draft\"")));
        mvc.perform(get("/events/upload").with(EDITOR)).andExpect(content().string(containsString("href=\"/events/draft\"")));
        mvc.perform(get("/events/draft").with(EDITOR).param("lang", "ru"))
                .andExpect(content().string(containsString("Черновик из статьи")));
    }

    @Test
    void refusesAnEmptyArticleAndAPublicationThatIsNotOneDay() throws Exception {
        mvc.perform(post("/events/draft").with(csrf()).with(EDITOR).param("text", " ").param("publishedOn", "January 2026")
                        .param("language", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Paste the article&#39;s text")))
                .andExpect(content().string(containsString("Enter the day the article was published as one day")));
    }

    @Test
    void proposesTheVisitToAstanaAndOpensItInTheEventFormFilledInWithoutSavingAnything() throws Exception {
        long events = count("event");
        long sources = count("source");
        String page = mvc.perform(post("/events/draft").with(csrf()).with(EDITOR)
                        .param("text", SeedArticles.read(ARTICLE_003))
                        .param("publishedOn", "27.01.2026").param("outlet", "Независимая газета")
                        .param("url", "https://centrasia.org/newsA.php?st=1769600100")
                        .param("title", "Израиль расширяет влияние в Каспийском регионе").param("language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Visit", "Memorandum", "Trade turnover", "27 January 2026", "Гидеон Саар",
                "Визит главы МИД Израиля Гидеона Саара в Астану 27 января");
        MockHttpServletRequestBuilder open = post("/events/new").with(csrf()).with(EDITOR);
        visitFields(page).forEach(open::param);

        String form = mvc.perform(open).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"27 января 2026\"", "value=\"IL\"", "value=\"KZ\"",
                "Независимая газета", "https://centrasia.org/newsA.php?st=1769600100",
                "Визит главы МИД Израиля Гидеона Саара в Астану 27 января");
        assertThat(form).containsPattern("<option value=\"VISIT\" selected=\"selected\"");
        assertThat(form).contains("value=\"5 &middot; Гидеон Саар\"");
        assertThat(count("event")).as("events after drafting").isEqualTo(events);
        assertThat(count("source")).as("sources after drafting").isEqualTo(sources);
    }

    /** The fields the first visit's button posts to the new-event form. */
    static Map<String, String> visitFields(String page) {
        Matcher forms = Pattern.compile("<form action=\"/events/new\" method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
        while (forms.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"").matcher(forms.group(1));
            while (input.find()) {
                fields.put(HtmlUtils.htmlUnescape(input.group(1)), HtmlUtils.htmlUnescape(input.group(2)));
            }
            if ("VISIT".equals(fields.get("kind"))) {
                fields.remove("_csrf");
                return fields;
            }
        }
        throw new AssertionError("no visit drafted in\n" + page);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
