package org.chancery.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin's credentials, from CHANCERY_ADMIN_USERNAME and CHANCERY_ADMIN_PASSWORD. */
@ConfigurationProperties("chancery.admin")
public record FirstAdminProperties(@Nullable String username, @Nullable String password) {

    boolean isComplete() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
