package org.chancery.common.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Puts what a service refused onto the form that asked for it, so the page shows it next to
 * the field and in the summary like any other error, in the reader's language.
 *
 * <p>A refused rule reads from the message {@code rule.<rule>} (e.g. {@code rule.date-end-before-start});
 * a refused field from {@code refused.<reason as a key>} (e.g. "no person has this id" reads
 * from {@code refused.no-person-has-this-id}); either falls back to the service's English text.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    /**
     * @param fieldOf the form field a command path stands for ({@code sources[0].sourceId} →
     *                {@code sources[0].source}), or null to report it for the form as a whole
     */
    public static void reject(BindingResult result, InvalidRequestException refused,
            Function<String, @Nullable String> fieldOf) {
        for (InvalidParameter problem : refused.fields()) {
            String code = messageCode(problem.reason());
            String field = fieldOf.apply(problem.name());
            if (field == null) {
                result.reject(code, problem.name() + ": " + problem.reason());
            } else {
                result.rejectValue(field, code, problem.reason());
            }
        }
    }

    /** @param field the form field the rule concerns, or null for the form as a whole */
    public static void reject(BindingResult result, RuleViolationException refused, @Nullable String field) {
        String code = "rule." + refused.rule();
        if (field == null) {
            result.reject(code, refused.getMessage());
        } else {
            result.rejectValue(field, code, refused.getMessage());
        }
    }

    /**
     * Runs a write and puts what the service refuses onto the form: a field the refusal names
     * through {@code fieldOf}, a rule through {@code fieldOfRule} (null: the form as a whole).
     *
     * @return what the write returned, or empty when it was refused (then {@code result} says why)
     */
    public static <T> Optional<T> attempt(BindingResult result, Supplier<T> write,
            Function<String, @Nullable String> fieldOf, Function<String, @Nullable String> fieldOfRule) {
        try {
            return Optional.of(write.get());
        } catch (InvalidRequestException refused) {
            reject(result, refused, fieldOf);
        } catch (RuleViolationException refused) {
            reject(result, refused, fieldOfRule.apply(refused.rule()));
        }
        return Optional.empty();
    }

    /** The message a refused field's reason reads from: "no person has this id" → {@code refused.no-person-has-this-id}. */
    public static String messageCode(String reason) {
        return "refused." + key(reason);
    }

    /** "no person has this id" → "no-person-has-this-id". */
    static String key(String reason) {
        return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
