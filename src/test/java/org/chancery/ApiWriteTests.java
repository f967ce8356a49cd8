package org.chancery;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of an API resource's writes share: MockMvc over the whole application, real
 * accounts signed in with HTTP Basic (an editor ready), and the removal, after each test, of
 * every row and change-log entry it wrote and every account it made. Subclasses are
 * {@link ChanceryIntegrationTest}s.
 */
public abstract class ApiWriteTests {

    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired private PasswordEncoder encoder;

    protected TestAccounts accounts;
    protected CreatedRecords created;
    protected RequestPostProcessor editor;

    @BeforeEach
    void signInAnEditor() {
        accounts = new TestAccounts(jdbc, encoder);
        created = new CreatedRecords(jdbc);
        editor = accounts.basic("EDITOR");
    }

    @AfterEach
    void removeWhatWasWritten() {
        created.removeAll();
        accounts.removeAll();
    }

    /**
     * Each write is refused without an account (401) and with a viewer's (403), both as
     * problem details; the writes carry whatever else they need to pass (an If-Match). The
     * builders are left signed in as the viewer: build new ones to send them again.
     */
    protected void refusedToAnonymousAndViewers(MockHttpServletRequestBuilder... writes) throws Exception {
        RequestPostProcessor viewer = accounts.basic("VIEWER");
        for (MockHttpServletRequestBuilder write : writes) {
            mvc.perform(write).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(write.with(viewer)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    /** The {@code id} of the record a response describes. */
    protected static long idOf(MvcResult result) throws Exception {
        Number id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        return id.longValue();
    }

    protected long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
