package org.chancery.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A password an admin gave (a new account, a reset) is known to two people, so its holder
 * chooses their own before anything else: signed in with it, every page leads to the
 * password form, and the API answers 403 to HTTP Basic with it. Choosing one's own clears it
 * ({@link Account#changePassword}); tokens are not concerned, since only an account that has
 * signed in and so chosen its password can have issued one.
 */
final class OwnPasswordFirst {

    static final String PASSWORD_FORM = "/account/password";

    /** What stays open meanwhile: the form itself, signing out, and what pages are drawn with. */
    private static final List<String> OPEN = List.of(PASSWORD_FORM, "/logout", "/login", "/css/", "/js/", "/webjars/",
            "/favicon.ico", "/error");

    private OwnPasswordFirst() {
    }

    /** The pages chain's: anything but the open paths is sent to the password form. */
    static OncePerRequestFilter pages() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (mustChoose() && !isOpen(request)) {
                    response.setStatus(HttpStatus.SEE_OTHER.value());
                    response.setHeader("Location", request.getContextPath() + PASSWORD_FORM);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** The API chain's: HTTP Basic with a password an admin gave is refused with a problem saying what to do. */
    static OncePerRequestFilter api(JsonMapper json) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (mustChoose()) {
                    ProblemResponses.passwordChangeRequired(json, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean mustChoose() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                && account.mustChangePassword();
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }
}
