package org.chancery.common.web;

import org.chancery.common.Language;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counted words for pages: {@code ${@plurals.of(3, 'plural.events')}} reads the message
 * {@code plural.events.one}, {@code .few} or {@code .many} with the count as {@code {0}}.
 * English needs one and many; Russian also few ("2 события", "5 событий", "21 событие").
 */
@Component("plurals")
public class Plurals {

    private final MessageSource messages;

    Plurals(MessageSource messages) {
        this.messages = messages;
    }

    public String of(long count, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key + "." + category(count, locale), new Object[] {count}, locale);
    }

    static String category(long count, Locale locale) {
        long n = Math.abs(count);
        if (Language.isRussian(locale)) {
            if (n % 10 == 1 && n % 100 != 11) {
                return "one";
            }
            if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "many";
    }
}
