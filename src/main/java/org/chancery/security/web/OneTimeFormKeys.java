package org.chancery.security.web;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.WebUtils;

/**
 * Keys for forms whose answer shows a secret once: a token's secret, a password made up for
 * someone. That answer is the response to the POST itself, never a redirect, because the
 * secret must not wait in a flash attribute (which lives in the session) for the next
 * request. But a reload of that page posts the form again; so each such form carries a key
 * from here, good for one success, and a second post of it is told the secret was shown
 * already instead of silently making a second token or password.
 */
final class OneTimeFormKeys {

    /** The hidden field's name. */
    static final String PARAMETER = "formKey";
    private static final String ATTRIBUTE = OneTimeFormKeys.class.getName();
    /** Enough for a few forms open in tabs; the oldest key is forgotten first. */
    private static final int REMEMBERED = 16;

    private OneTimeFormKeys() {
    }

    /** A new key, remembered in the session until it is redeemed or crowded out. */
    static String issue(HttpSession session) {
        String key = UUID.randomUUID().toString();
        synchronized (WebUtils.getSessionMutex(session)) {
            Keys keys = keys(session);
            keys.add(key);
            while (keys.size() > REMEMBERED) {
                keys.remove(keys.getFirst());
            }
            session.setAttribute(ATTRIBUTE, keys);
        }
        return key;
    }

    /** Whether {@code key} was issued and not yet redeemed; it is redeemed by this call. */
    static boolean redeem(HttpSession session, @Nullable String key) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Keys keys = keys(session);
            boolean known = key != null && keys.remove(key);
            session.setAttribute(ATTRIBUTE, keys);
            return known;
        }
    }

    private static Keys keys(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Keys keys ? keys : new Keys();
    }

    private static final class Keys extends LinkedHashSet<String> implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
