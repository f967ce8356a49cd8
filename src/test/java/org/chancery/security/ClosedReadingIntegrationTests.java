package org.chancery.security;

import org.chancery.SlowTest;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With {@code chancery.security.public-read=false}, only signed-in accounts and their tokens read. */
@SlowTest
@SpringBootTest(properties = "chancery.security.public-read=false")
@AutoConfigureMockMvc
class ClosedReadingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired PersonalAccessTokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void anonymousReadersAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
    }

    @Test
    void theLoginPageStaysOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewersRead() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/events")).andExpect(status().isOk());
    }

    @Test
    void scriptsReadWithAReadToken() throws Exception {
        Account editor = accounts.save(new Account("closed-reader-" + UUID.randomUUID().toString().substring(0, 8),
                "{noop}unused-password", Role.EDITOR));
        try {
            String secret = tokens.issue(editor.getUsername(), "reader", TokenScope.READ, null).secret();

            mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                    .andExpect(status().isOk());
            // Tokens are for the API; the pages still want a sign-in.
            mvc.perform(get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                    .andExpect(status().is3xxRedirection());
        } finally {
            jdbc.sql("delete from change_log where resource = 'api-tokens' and record_key in "
                    + "(select id::text from api_token where account_id = ?)").param(editor.getId()).update();
            accounts.delete(editor);
        }
    }
}
