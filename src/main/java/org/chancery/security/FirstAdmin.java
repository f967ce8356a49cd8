package org.chancery.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin at start from the configured credentials, but only while no admin
 * exists: restarting with the variables still set changes nothing, and a password changed
 * since is never reset from the environment.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final int MINIMUM_PASSWORD_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final FirstAdminProperties properties;

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, FirstAdminProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (!properties.isComplete()) {
            log.warn("No admin account exists. Set CHANCERY_ADMIN_USERNAME and CHANCERY_ADMIN_PASSWORD "
                    + "and restart to create the first one; until then nobody can write.");
            return;
        }
        String username = properties.username().strip();
        String password = properties.password();
        if (PasswordPolicy.refusal(password, username).isPresent()) {
            throw new IllegalStateException("CHANCERY_ADMIN_PASSWORD is refused (" + PasswordPolicy.refusal(password, username)
                    .get().rule() + "): at least " + MINIMUM_PASSWORD_LENGTH + " characters, not a common password, "
                    + "not containing the username.");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException("An account named '" + username + "' exists but is not an admin; "
                    + "choose another CHANCERY_ADMIN_USERNAME.");
        }
        accounts.save(new Account(username, encoder.encode(password), Role.ADMIN));
        log.info("Created the first admin account '{}'", username);
    }
}
