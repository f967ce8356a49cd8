package org.chancery.person.web;

import java.util.Objects;

import org.chancery.CreatedRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of the person and office forms share: MockMvc over the whole application,
 * a viewer, an editor and an admin, form posts with their CSRF token, and the removal of
 * every person and office a test wrote (with their terms and history) after it.
 */
abstract class PersonFormTests {

    static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    CreatedRecords created;

    @BeforeEach
    void rememberWhatIsWritten() {
        created = new CreatedRecords(jdbc);
    }

    @AfterEach
    void removeWhatWasWritten() {
        created.removeAll();
    }

    /** A form post as a signed-in editor would send it, with its CSRF token. */
    static MockHttpServletRequestBuilder form(String path, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    /** The page a post/redirect/get lands on, with the post's confirmation, as {@code who} reads it. */
    String landing(MvcResult posted, RequestPostProcessor who) throws Exception {
        String address = Objects.requireNonNull(posted.getResponse().getRedirectedUrl());
        return mvc.perform(get(address).with(who).with(inContainerSession()).flashAttrs(posted.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
    }

    /** The id a redirect to {@code /<things>/{id}} names. */
    static long idIn(MvcResult posted) {
        String address = Objects.requireNonNull(posted.getResponse().getRedirectedUrl());
        return Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
    }

    long createdPerson(String nameEn, String nameRu) {
        long id = jdbc.sql("insert into person (name_en, name_ru) values (:en, :ru) returning id")
                .param("en", nameEn).param("ru", nameRu).query(Long.class).single();
        return created.remember("persons", "person", id);
    }

    long createdOffice(String titleEn, String titleRu, String state) {
        long id = jdbc.sql("insert into office (title_en, title_ru, state_code) values (:en, :ru, :state) returning id")
                .param("en", titleEn).param("ru", titleRu).param("state", state).query(Long.class).single();
        return created.remember("offices", "office", id);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
