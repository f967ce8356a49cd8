package org.chancery.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code chy_} and 43 base64url characters carrying
 * 256 random bits. The recognisable start lets secret scanners and people spot a leaked one.
 * It is shown to its owner once; what is kept is its {@link #hash()} and its {@link #prefix()}.
 * {@link #toString()} never prints it.
 */
final class TokenSecret {

    static final String MARK = "chy_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("chy_[A-Za-z0-9_-]{43}");
    /** "chy_" and 8 characters: enough to tell one's tokens apart, 208 random bits stay hidden. */
    private static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    static TokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The presented text as a secret, if it has a secret's form; anything else cannot be a token of ours. */
    static Optional<TokenSecret> parse(String presented) {
        return FORMAT.matcher(presented).matches() ? Optional.of(new TokenSecret(presented)) : Optional.empty();
    }

    String value() {
        return value;
    }

    /** The hex SHA-256 of the secret, as stored and looked up. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The first characters, shown in lists so an owner recognises a token. */
    String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    @Override
    public String toString() {
        return "TokenSecret[" + prefix() + "…]";
    }
}
