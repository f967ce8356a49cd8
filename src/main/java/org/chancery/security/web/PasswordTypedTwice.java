package org.chancery.security.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chancery.security.PasswordPolicy;

/**
 * A {@link TypedPassword} form's new password is typed, is fit to use ({@link PasswordPolicy}:
 * long enough, not longer than bcrypt reads, not common, not the username) and is the same
 * both times. Each problem is reported on its own field.
 */
@Documented
@Constraint(validatedBy = PasswordTypedTwiceValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PasswordTypedTwice {

    String message() default "{form.password.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Shown in the messages as {@code {minimumLength}}. */
    int minimumLength() default PasswordPolicy.MINIMUM_LENGTH;

    /** Shown in the messages as {@code {maximumBytes}}. */
    int maximumBytes() default PasswordPolicy.MAXIMUM_BYTES;
}
