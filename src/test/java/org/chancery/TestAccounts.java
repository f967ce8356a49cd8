package org.chancery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Real accounts for tests that go through the real sign-in, one per role, removed again by
 * {@link #removeAll()} so a run leaves nothing behind.
 *
 * <p>Their password is hashed with BCrypt at its lowest cost: the application's encoder reads the
 * cost from the hash, so every sign-in still runs the application's own check, in a millisecond
 * instead of the ~100 ms (several hundred on a busy machine) of the cost it gives passwords it
 * hashes; tests send HTTP Basic on every request.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a-long-enough-password";

    /** How a hash at BCrypt's lowest cost begins, as the application's encoder stores it. */
    static final String QUICK_BCRYPT = "{bcrypt}$2a$04$";

    /** {@link #PASSWORD} as test accounts store it. */
    public static final String PASSWORD_HASH = quickHash(PASSWORD);

    private final JdbcClient jdbc;
    private final List<String> created = new ArrayList<>();

    public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        if (!encoder.matches(PASSWORD, PASSWORD_HASH)) {
            throw new IllegalStateException("the application's password encoder no longer reads a {bcrypt} hash");
        }
        this.jdbc = jdbc;
    }

    /** A new account with this role ({@code VIEWER}, {@code EDITOR}, {@code ADMIN}); its name. */
    public String create(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into account (username, password_hash, role) values (:username, :hash, :role)")
                .param("username", username).param("hash", PASSWORD_HASH).param("role", role).update();
        created.add(username);
        return username;
    }

    /** HTTP Basic for a new account with this role. */
    public RequestPostProcessor basic(String role) {
        return httpBasic(create(role), PASSWORD);
    }

    /** This password hashed at BCrypt's lowest cost, in the form the application's encoder reads. */
    static String quickHash(String password) {
        return "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
    }

    public void removeAll() {
        if (!created.isEmpty()) {
            jdbc.sql("delete from account where username in (:names)").param("names", created).update();
            created.clear();
        }
    }
}
