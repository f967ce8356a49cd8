package org.chancery.security;

import org.chancery.common.DatabaseUnreachable;
import org.chancery.database.DatabaseOutageAnswers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The longest wait the page will name; the throttle's own maximum is 15 minutes by default. */
    private static final int LONGEST_WAIT_MINUTES = 60;

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable Integer throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("retryMinutes", Math.clamp(throttled, 1, LONGEST_WAIT_MINUTES));
        }
        return "security/login";
    }

    /**
     * Back to the login page: {@code ?error} after a wrong username or password (which of the
     * two is not said), {@code ?throttled=N} while sign-ins are throttled, with the wait in minutes.
     */
    static AuthenticationFailureHandler failureHandler(DatabaseOutageAnswers outage) {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            // The account could not be looked up: not a wrong password, an outage (503 page).
            if (DatabaseUnreachable.isCause(exception)) {
                outage.answer(request, response, exception);
                return;
            }
            redirect.sendRedirect(request, response, exception instanceof SignInThrottledException throttled
                    ? "/login?throttled=" + throttled.retryAfterMinutes()
                    : "/login?error");
        };
    }
}
