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
                : PasswordPolicy.refusal(password, form.username()).map(PasswordTypedTwiceValidator::message).orElse(null);
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

    private static String message(PasswordPolicy.Refusal refusal) {
        return switch (refusal) {
            case BLANK -> "{form.password.blank}";
            case TOO_SHORT -> "{form.password.tooShort}";
            case TOO_LONG -> "{form.password.tooLong}";
            case REPETITIVE -> "{form.password.repetitive}";
            case COMMON -> "{form.password.common}";
            case CONTAINS_USERNAME -> "{form.password.containsUsername}";
        };
    }
}
