package org.chancery.security.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chancery.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;

class PasswordTypedTwiceValidator implements ConstraintValidator<PasswordTypedTwice, TypedPassword> {

    @Override
    public boolean isValid(@Nullable TypedPassword form, ConstraintValidatorContext context) {
        if (form == null || !form.isPasswordTyped()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String password = form.password() == null ? "" : form.password();
        String problem = password.isEmpty() ? "{form.password.required}"
                : !PasswordPolicy.isLongEnough(password) ? "{form.password.tooShort}"
                : !PasswordPolicy.isShortEnough(password) ? "{form.password.tooLong}"
                : null;
        if (problem != null) {
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("password").addConstraintViolation();
        }
        boolean confirmed = password.isEmpty() || password.equals(form.confirmation());
        if (!confirmed) {
            context.buildConstraintViolationWithTemplate("{form.password.mismatch}")
                    .addPropertyNode("confirmation").addConstraintViolation();
        }
        return problem == null && confirmed;
    }
}
