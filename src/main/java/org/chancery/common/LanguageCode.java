package org.chancery.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A language as sources name it: an ISO 639 code ({@code ru}, {@code kk}, {@code fil}), in
 * any case, optionally with an ISO 3166 region or a UN M.49 area ({@code pt-BR},
 * {@code es-419}) or an ISO 15924 script ({@code sr-Latn}). {@code xx-evil} is none of
 * these. Blank passes (say {@code @NotBlank} where one is needed); surrounding spaces too.
 * The language is in lower case unless {@link #ignoreCase()}.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

    String message() default "a language code such as ru, en or pt-BR";

    /** Whether {@code RU} will do for {@code ru} (a form, which writes it in lower case); the API wants it as stored. */
    boolean ignoreCase() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against the ISO lists the JDK carries. */
    final class Validator implements ConstraintValidator<LanguageCode, String> {

        private static final Set<String> LANGUAGES = languages();
        private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

        private boolean ignoreCase;

        @Override
        public void initialize(LanguageCode constraint) {
            this.ignoreCase = constraint.ignoreCase();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String tag = value.strip();
            String language = tag.split("-", -1)[0];
            return (ignoreCase || language.equals(language.toLowerCase(Locale.ROOT))) && isKnown(tag);
        }

        public static boolean isKnown(String tag) {
            String[] parts = tag.split("-", -1);
            if (parts.length > 2 || !LANGUAGES.contains(parts[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (parts.length == 1) {
                return true;
            }
            String second = parts[1];
            return REGIONS.contains(second.toUpperCase(Locale.ROOT)) || second.matches("\\d{3}")
                    || (second.matches("[A-Za-z]{4}") && isScript(second));
        }

        private static boolean isScript(String code) {
            try {
                Character.UnicodeScript.forName(code);
                return true;
            } catch (IllegalArgumentException notAScript) {
                return false;
            }
        }

        private static Set<String> languages() {
            Set<String> codes = new HashSet<>(Set.of(Locale.getISOLanguages()));
            for (Locale locale : Locale.getAvailableLocales()) {
                try {
                    codes.add(locale.getISO3Language());
                } catch (MissingResourceException none) {
                    // a locale without a three-letter code
                }
            }
            codes.remove("");
            return Set.copyOf(codes);
        }
    }
}
