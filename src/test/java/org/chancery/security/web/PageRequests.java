package org.chancery.security.web;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the account page tests send as a browser would. */
final class PageRequests {

    private PageRequests() {
    }

    /** The form with the one-time key its page put in the session, as OneTimeFormKeys expects. */
    static MockHttpServletRequestBuilder withFormKey(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.session(session).param(OneTimeFormKeys.PARAMETER, OneTimeFormKeys.issue(session));
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
