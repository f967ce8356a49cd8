package org.chancery.database;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-own-write for pages while a replica serves reads: every request that may write
 * (anything but GET, HEAD, OPTIONS) reads from the primary, and so does every request of a
 * browser session that wrote within {@code window}, so that the page after a save (and a
 * form shown again) shows the save on any instance, however far the replica has got. The
 * time of the last write is kept in the session, which is in PostgreSQL and known to every
 * instance. Runs inside Spring Session's filter.
 */
final class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String LAST_WRITE = ReadYourWritesFilter.class.getName() + ".LAST_WRITE";

    private final Duration window;
    private final Clock clock;

    ReadYourWritesFilter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean writes = !switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        Instant now = clock.instant();
        if (writes || (session != null && session.getAttribute(LAST_WRITE) instanceof Instant wrote
                && wrote.plus(window).isAfter(now))) {
            PrimaryReads.pin();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            PrimaryReads.release();
            HttpSession after = writes ? request.getSession(false) : null;
            if (after != null) {
                try {
                    after.setAttribute(LAST_WRITE, now);
                } catch (IllegalStateException invalidated) {
                    // signed out: no session to remember the write in
                }
            }
        }
    }
}
