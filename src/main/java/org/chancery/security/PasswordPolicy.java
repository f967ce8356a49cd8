package org.chancery.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a password must be, in the spirit of NIST SP 800-63B: long enough (twelve
 * characters), not blank, not one of the passwords everyone tries first (a list shipped in
 * {@code security/common-passwords.txt}, also matched with trailing digits and punctuation
 * taken off), not one character or two repeated, and not containing the account's username.
 * No rules about character classes, which only make passwords harder to remember. At most 72
 * bytes in UTF-8, because bcrypt reads no further and Spring Security refuses to hash more
 * (72 Latin letters, 36 Cyrillic ones). Also makes up passwords for people.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_BYTES = 72;
    /** "abababababab" and "aaaaaaaaaaaa" are twelve characters that say almost nothing. */
    private static final int MINIMUM_DISTINCT_CHARACTERS = 4;

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed again. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = readCommonPasswords();

    /** Why a password is refused; {@link #rule()} is the rule's name in {@code RuleViolationException}s and messages. */
    public enum Refusal {
        BLANK("account-password-blank"),
        TOO_SHORT("account-password-length"),
        TOO_LONG("account-password-length"),
        REPETITIVE("account-password-repetitive"),
        COMMON("account-password-common"),
        CONTAINS_USERNAME("account-password-username");

        private final String rule;

        Refusal(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private PasswordPolicy() {
    }

    /**
     * What is wrong with this password for this account, if anything.
     *
     * @param username the account's username, or null where it is not known yet
     */
    public static Optional<Refusal> refusal(String password, @Nullable String username) {
        if (password.isBlank()) {
            return Optional.of(Refusal.BLANK);
        }
        if (!isLongEnough(password)) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (!isShortEnough(password)) {
            return Optional.of(Refusal.TOO_LONG);
        }
        if (password.codePoints().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            return Optional.of(Refusal.REPETITIVE);
        }
        if (isCommon(password)) {
            return Optional.of(Refusal.COMMON);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    public static boolean isLongEnough(String password) {
        return password.codePointCount(0, password.length()) >= MINIMUM_LENGTH;
    }

    public static boolean isShortEnough(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }

    /** On the list as it is, or once its trailing digits and punctuation are off ("Password2026!"); all digits too. */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String stem = lower.replaceFirst("[\\p{Punct}\\p{IsDigit}\\s]+$", "");
        return COMMON.contains(lower) || stem.isEmpty() || COMMON.contains(stem);
    }

    /** Four groups of five letters and digits, such as {@code k7Fq2-xP9mv-Rt4hW-aZ3nc}: about 115 random bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }

    private static Set<String> readCommonPasswords() {
        Set<String> common = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"),
                "security/common-passwords.txt is on the class path");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
