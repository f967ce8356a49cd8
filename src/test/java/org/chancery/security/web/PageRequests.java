package org.chancery.security.web;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.chancery.ContainerSessions.inSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the account page tests send as a browser would. */
final class PageRequests {

    private PageRequests() {
    }

    /** The form with the one-time key its page put in the session, as OneTimeFormKeys expects. */
    static MockHttpServletRequestBuilder withFormKey(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.with(inSession(session)).param(OneTimeFormKeys.PARAMETER, OneTimeFormKeys.issue(session));
    }

    /** Signs in through the login form in {@code session}, as a browser keeps it. */
    static MockHttpSession signedIn(MockMvc mvc, String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        return (MockHttpSession) mvc.perform(post("/login").with(inSession(session)).with(csrf())
                        .param("username", username).param("password", password))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
    }

    /** From this remote address: each test class fails its sign-ins from its own, so no other's count. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The text of a page between two markers, such as a secret shown once. */
    static String between(String page, String start, String end) {
        int from = page.indexOf(start) + start.length();
        return page.substring(from, page.indexOf(end, from));
    }
}
