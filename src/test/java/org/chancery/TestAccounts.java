package org.chancery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Real accounts for tests that go through the real sign-in, one per role, removed again by
 * {@link #removeAll()} so a run leaves nothing behind.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a-long-enough-password";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final List<String> created = new ArrayList<>();

    public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new account with this role ({@code VIEWER}, {@code EDITOR}, {@code ADMIN}); its name. */
    public String create(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into account (username, password_hash, role) values (:username, :hash, :role)")
                .param("username", username).param("hash", encoder.encode(PASSWORD)).param("role", role).update();
        created.add(username);
        return username;
    }

    /** HTTP Basic for a new account with this role. */
    public RequestPostProcessor basic(String role) {
        return httpBasic(create(role), PASSWORD);
    }

    public void removeAll() {
        if (!created.isEmpty()) {
            jdbc.sql("delete from account where username in (:names)").param("names", created).update();
            created.clear();
        }
    }
}
