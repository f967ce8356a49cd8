package org.chancery.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SqlStatements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dashboard and the state page, kept as rendered per record version for readers signed out. */
@ChanceryIntegrationTest
class RenderedPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/relations/KZ/IL", "/states/KZ"})
    void aSecondViewIsTheKeptPageAfterOneStatementAndAWriteShowsAtOnce(String path) throws Exception {
        String first = html(get(path));
        String[] second = new String[1];
        int statements = SqlStatements.countDuring(() -> second[0] = html(get(path)));

        assertThat(second[0]).isEqualTo(first).contains("<h1>Kazakhstan");
        assertThat(statements).as("the record's version, nothing of the page").isEqualTo(1);
        assertThat(SqlStatements.countDuring(() -> html(get(path).header(HttpHeaders.CACHE_CONTROL, "no-cache"))))
                .as("a hard reload renders anew").isGreaterThan(1);

        String name = jdbc.sql("select name_en from state where code = 'KZ'").query(String.class).single();
        try {
            jdbc.sql("update state set name_en = 'Qazaqstan' where code = 'KZ'").update();

            assertThat(html(get(path))).as("the write is shown at the next view").contains("<h1>Qazaqstan")
                    .doesNotContain("<h1>Kazakhstan");
        } finally {
            jdbc.sql("update state set name_en = :name where code = 'KZ'").param("name", name).update();
        }
        assertThat(html(get(path))).contains("<h1>Kazakhstan").doesNotContain("Qazaqstan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relations/KZ/IL", "/states/KZ"})
    void eachLanguageAndAReaderSignedInHaveTheirOwnPage(String path) throws Exception {
        html(get(path));

        assertThat(html(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))).contains("<h1>Казахстан");
        assertThat(html(get(path).with(user("kept-page-editor").roles("EDITOR")))).contains("kept-page-editor");
        assertThat(html(get(path))).contains("<h1>Kazakhstan").doesNotContain("kept-page-editor");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
