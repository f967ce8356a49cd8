package org.chancery;

import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of a record's form pages share: MockMvc over the whole application, reading
 * a page as a browser would (following a post/redirect/get with its confirmation), and the
 * removal, after each test, of every row and change-log entry it wrote ({@link #created}).
 * Subclasses are {@link ChanceryIntegrationTest}s.
 */
public abstract class PageWriteTests {

    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcClient jdbc;

    protected CreatedRecords created;

    @BeforeEach
    void startRemembering() {
        created = new CreatedRecords(jdbc);
    }

    @AfterEach
    void removeWhatWasWritten() {
        created.removeAll();
    }

    /** The page, which must answer 200. */
    protected String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The page a post redirected to, with the confirmation it left, as {@code who} sees it. */
    protected String follow(MvcResult redirect, RequestPostProcessor who) throws Exception {
        return page(get(redirect.getResponse().getRedirectedUrl()).with(who).with(inContainerSession())
                .flashAttr(Confirmation.ATTRIBUTE, redirect.getFlashMap().get(Confirmation.ATTRIBUTE)));
    }

    /** The id at the end of the address a post redirected to: {@code /sources/12} → 12. */
    protected static long redirectedId(MvcResult redirect) {
        String location = redirect.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
