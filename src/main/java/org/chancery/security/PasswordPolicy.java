package org.chancery.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * What a password must be, and passwords made up for people. At least twelve characters;
 * at most 72 bytes in UTF-8, because bcrypt reads no further and Spring Security refuses to
 * hash more (72 Latin letters, 36 Cyrillic ones).
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_BYTES = 72;

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed again. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static boolean isLongEnough(String password) {
        return password.codePointCount(0, password.length()) >= MINIMUM_LENGTH;
    }

    public static boolean isShortEnough(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
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
}
