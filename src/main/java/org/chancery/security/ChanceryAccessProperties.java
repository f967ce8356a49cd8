package org.chancery.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read. {@code chancery.security.public-read=false} closes reading to signed-in
 * accounts; writing always needs an editor, whatever this says.
 */
@ConfigurationProperties("chancery.security")
public record ChanceryAccessProperties(boolean publicRead) {
}
