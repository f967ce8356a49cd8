package org.chancery.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** With a replica, which requests read from the primary: writes, and a session's reads just after it wrote. */
class ReadYourWritesFilterTests {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    private final TestClock clock = new TestClock();
    private final ReadYourWritesFilter filter = new ReadYourWritesFilter(WINDOW, clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aPostReadsFromThePrimaryAndSoDoesTheSessionsNextPageWithinTheWindow() throws Exception {
        assertThat(readsPrimary("POST")).isTrue();

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(readsPrimary("GET")).isTrue();
    }

    @Test
    void aSessionThatDidNotWriteLatelyReadsFromTheReplica() throws Exception {
        assertThat(readsPrimary("GET")).isFalse();

        readsPrimary("POST");
        clock.advance(WINDOW.plusSeconds(1));

        assertThat(readsPrimary("GET")).isFalse();
        assertThat(PrimaryReads.pinned()).as("released after the request").isFalse();
    }

    private boolean readsPrimary(String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/institutions");
        request.setSession(session);
        AtomicBoolean pinned = new AtomicBoolean();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                pinned.set(PrimaryReads.pinned());
            }
        }));
        return pinned.get();
    }
}
