package org.chancery.security.web;

import org.jspecify.annotations.Nullable;

/** A form where someone types a new password twice, checked by {@link PasswordTypedTwice}. */
interface TypedPassword {

    @Nullable String password();

    @Nullable String confirmation();

    /** The account's username where the form knows it, which the password must not contain. */
    default @Nullable String username() {
        return null;
    }

    /** False where the form offers a generated password and that was chosen: then nothing is typed. */
    default boolean isPasswordTyped() {
        return true;
    }
}
