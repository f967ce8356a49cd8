package org.chancery.security;

import java.util.UUID;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class SecurityIntegrationTests {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;

    private Account viewer;
    private Account editor;

    @BeforeEach
    void createAccounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        viewer = accounts.save(new Account("viewer-" + suffix, TestAccounts.PASSWORD_HASH, Role.VIEWER));
        editor = accounts.save(new Account("editor-" + suffix, TestAccounts.PASSWORD_HASH, Role.EDITOR));
    }

    @AfterEach
    void removeAccounts() {
        accounts.delete(viewer);
        accounts.delete(editor);
    }

    @Test
    void theFirstAdminIsCreatedFromConfigurationWithAHashedPassword() {
        Account admin = accounts.findByUsername("test-admin").orElseThrow();

        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("quiet-harbour-lantern-42");
    }

    @Test
    void staffSignInWithTheLoginFormAndOut() throws Exception {
        mvc.perform(formLogin("/login").user("test-admin").password("quiet-harbour-lantern-42"))
                .andExpect(authenticated().withUsername("test-admin"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("test-admin").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?signedOut"));
    }

    @Test
    void theLoginPageRenders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void readingIsPublicByDefault() throws Exception {
        mvc.perform(get("/api/v1/events")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void anonymousWritesAreRefusedWith401() throws Exception {
        mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void viewersMayNotWrite() throws Exception {
        mvc.perform(post("/api/v1/events").with(httpBasic(viewer.getUsername(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void editorsGetPastTheDoorWithHttpBasic() throws Exception {
        int status = mvc.perform(post("/api/v1/events").with(httpBasic(editor.getUsername(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void aWrongPasswordOverBasicIs401() throws Exception {
        mvc.perform(get("/api/v1/events").with(httpBasic(editor.getUsername(), "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(httpBasic(editor.getUsername(), PASSWORD))).andExpect(status().isForbidden());
    }
}
