package org.chancery.security;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecretTests {

    @Test
    void isMarkedAndCarries256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String value = TokenSecret.generate().value();
            assertThat(value).matches("chy_[A-Za-z0-9_-]{43}");
            seen.add(value);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void isStoredAsTheHexSha256OfTheWholeSecret() {
        TokenSecret secret = TokenSecret.parse("chy_" + "A".repeat(43)).orElseThrow();

        // printf %s chy_AAA…A | sha256sum
        assertThat(secret.hash()).isEqualTo("1844c83a05d51a64219484d15e1af5028b0d805f31cc18f8836a198d0fa6743c");
        assertThat(secret.prefix()).isEqualTo("chy_AAAAAAAA");
    }

    @Test
    void readsOnlyWhatHasTheFormOfASecret() {
        assertThat(TokenSecret.parse("chy_" + "a".repeat(43))).isPresent();
        assertThat(TokenSecret.parse("chy_" + "a".repeat(42))).isEmpty();
        assertThat(TokenSecret.parse("ghp_" + "a".repeat(43))).isEmpty();
        assertThat(TokenSecret.parse("chy_" + "a".repeat(42) + "=")).isEmpty();
        assertThat(TokenSecret.parse("")).isEmpty();
    }

    @Test
    void neverPrintsItself() {
        TokenSecret secret = TokenSecret.generate();

        assertThat(secret.toString()).startsWith("TokenSecret[chy_").doesNotContain(secret.value());
    }
}
