package org.chancery;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For MockMvc tests that hand the application a session themselves (a form key put into it,
 * a flash attribute MockMvc keeps in it): such a request passes by Spring Session's filter,
 * so the application sees the servlet container's (mock) session the test holds. That pages'
 * sessions live in PostgreSQL is shown over real HTTP ({@code SessionStoreIntegrationTests}).
 */
public final class ContainerSessions {

    /** Spring Session's filter marks a request it has wrapped with this attribute, and passes by one so marked. */
    private static final String SESSION_REPOSITORY_FILTERED = SessionRepositoryFilter.class.getName() + ".FILTERED";

    private ContainerSessions() {
    }

    /** In {@code session}, as the test holds it. */
    public static RequestPostProcessor inSession(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            return inContainerSession().postProcessRequest(request);
        };
    }

    /** In the container's session the request already has, such as the one MockMvc keeps a flash attribute in. */
    public static RequestPostProcessor inContainerSession() {
        return request -> {
            request.setAttribute(SESSION_REPOSITORY_FILTERED, Boolean.TRUE);
            return request;
        };
    }
}
