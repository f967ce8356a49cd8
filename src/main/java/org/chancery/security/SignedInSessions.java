package org.chancery.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the pages' sign-in sessions true to their accounts. A session remembers the account's
 * version at sign-in; every change an admin makes to an account (role, enabled, password)
 * moves the version, and the account's sessions end at their next request, so a disabled
 * account is out at once and a new role takes a new sign-in. The account's own password
 * change moves it too: its other sessions end, and the one that made the change is renewed.
 */
@Component
public class SignedInSessions {

    private final JdbcClient jdbc;
    private final AccountUserDetailsService accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSessions(JdbcClient jdbc, AccountUserDetailsService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Whether the account is still enabled and unchanged since this principal signed in. */
    boolean isCurrent(SignedInAccount principal) {
        return jdbc.sql("select count(*) from account where id = :id and version = :version and enabled")
                .param("id", principal.accountId())
                .param("version", principal.accountVersion())
                .query(Long.class).single() == 1;
    }

    /**
     * Carries the signed-in session over to the account's new version, under a new session id,
     * after its holder changed their own password.
     */
    public void renew(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = contexts.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInAccount signedIn)) {
            return;
        }
        SignedInAccount principal = accounts.loadUserByUsername(signedIn.getUsername());
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, current.getAuthorities());
        renewed.setDetails(current.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(renewed);
        contexts.setContext(context);
        request.changeSessionId();
        repository.saveContext(context, request, response);
    }

    /** The pages chain's check, before anyone is treated as anonymous: a stale session is ended. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication authentication = contexts.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal
                        && !isCurrent(principal)) {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    contexts.clearContext();
                }
                chain.doFilter(request, response);
            }
        };
    }
}
