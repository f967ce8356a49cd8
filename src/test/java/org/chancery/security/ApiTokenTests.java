package org.chancery.security;

import java.time.Duration;
import java.time.Instant;

import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenTests {

    private static final Instant ISSUED = Instant.parse("2026-11-20T09:00:00Z");

    private final Account editor = new Account("editor", "{noop}unused", Role.EDITOR);
    private final Account viewer = new Account("viewer", "{noop}unused", Role.VIEWER);

    @Test
    void keepsOnlyTheHashAndPrefixOfItsSecret() {
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(editor, "  nightly import ", TokenScope.WRITE, secret, ISSUED, null);

        assertThat(token.getTokenHash()).isEqualTo(secret.hash()).doesNotContain(secret.value());
        assertThat(token.getTokenPrefix()).isEqualTo(secret.prefix());
        assertThat(token.getName()).isEqualTo("nightly import");
    }

    @Test
    void isRevokedOnceAndRefusesASecondRevocation() {
        ApiToken token = token(TokenScope.READ, null);
        token.revoke(ISSUED.plusSeconds(60));

        assertThat(token.getRevokedAt()).isEqualTo(ISSUED.plusSeconds(60));
        assertThatThrownBy(() -> token.revoke(ISSUED.plusSeconds(120)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already revoked");
        assertThat(token.getRevokedAt()).isEqualTo(ISSUED.plusSeconds(60));
    }

    @Test
    void opensTheApiUntilItExpiresOrIsRevoked() {
        Instant expiry = ISSUED.plus(Duration.ofDays(30));
        ApiToken expiring = token(TokenScope.READ, expiry);
        ApiToken lasting = token(TokenScope.READ, null);

        assertThat(expiring.isUsableAt(ISSUED)).isTrue();
        assertThat(expiring.isUsableAt(expiry.minusMillis(1))).isTrue();
        assertThat(expiring.isUsableAt(expiry)).isFalse();
        assertThat(lasting.isUsableAt(ISSUED.plus(Duration.ofDays(3650)))).isTrue();

        lasting.revoke(ISSUED.plusSeconds(1));
        assertThat(lasting.isUsableAt(ISSUED.plusSeconds(2))).isFalse();
    }

    @Test
    void aReadTokenActsAsAViewerAndAWriteTokenAsItsAccount() {
        assertThat(token(TokenScope.READ, null).grantedRole()).isEqualTo(Role.VIEWER);
        assertThat(token(TokenScope.WRITE, null).grantedRole()).isEqualTo(Role.EDITOR);
        assertThat(new ApiToken(new Account("admin", "{noop}unused", Role.ADMIN), "backup", TokenScope.READ,
                TokenSecret.generate(), ISSUED, null).grantedRole()).isEqualTo(Role.VIEWER);
    }

    @Test
    void refusesAWriteTokenToAViewer() {
        assertThatThrownBy(() -> new ApiToken(viewer, "import", TokenScope.WRITE, TokenSecret.generate(), ISSUED, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("READ tokens only");
        assertThat(new ApiToken(viewer, "reader", TokenScope.READ, TokenSecret.generate(), ISSUED, null).grantedRole())
                .isEqualTo(Role.VIEWER);
    }

    @Test
    void refusesABlankOrOverlongName() {
        assertThatThrownBy(() -> new ApiToken(editor, "   ", TokenScope.READ, TokenSecret.generate(), ISSUED, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ApiToken(editor, "x".repeat(101), TokenScope.READ, TokenSecret.generate(),
                ISSUED, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnExpiryThatIsNotInTheFuture() {
        assertThatThrownBy(() -> token(TokenScope.READ, ISSUED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> token(TokenScope.READ, ISSUED.minusSeconds(1)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void notesItsUseAtMostOnceAMinute() {
        ApiToken token = token(TokenScope.READ, null);
        assertThat(token.isUseWorthRecordingAt(ISSUED)).isTrue();

        ReflectionTestUtils.setField(token, "lastUsedAt", ISSUED);

        assertThat(token.isUseWorthRecordingAt(ISSUED.plusSeconds(59))).isFalse();
        assertThat(token.isUseWorthRecordingAt(ISSUED.plusSeconds(60))).isTrue();
    }

    private ApiToken token(TokenScope scope, @Nullable Instant expiresAt) {
        return new ApiToken(editor, "script", scope, TokenSecret.generate(), ISSUED, expiresAt);
    }
}
