package org.chancery.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password (form login and HTTP Basic alike) with the provider it
 * wraps, Spring Security's own, but asks the throttle first: while the username or the
 * address is locked the password is not even looked at, so guessing it gets nowhere. Every
 * failure is counted, whatever its cause (wrong password, unknown username, disabled account),
 * and a success ends the username's run of failures.
 *
 * <p>Credentials that cannot belong to any account (a username no account may have, a
 * password longer than any stored one can be) are refused before the throttle is asked or
 * told: they guess nothing, and a garbled Authorization header must not lock an address.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        if (!Account.isWellFormedUsername(username) || !(attempt.getCredentials() instanceof String password)
                || password.isEmpty() || !PasswordPolicy.isShortEnough(password)) {
            throw new BadCredentialsException("malformed credentials");
        }
        String address = remoteAddress(attempt);
        SignInAttempts.Standing standing = attempts.standing(username, address);
        if (standing.lock().isPresent()) {
            throw new SignInThrottledException(standing.lock().get());
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (AuthenticationException failure) {
            attempts.failed(username, address);
            throw failure;
        }
        attempts.succeeded(username, standing.usernameHasFailures());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Form login and HTTP Basic both attach the request's details; behind a proxy, see server.forward-headers-strategy. */
    private static @Nullable String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
