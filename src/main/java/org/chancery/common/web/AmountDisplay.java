package org.chancery.common.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts of money as people read them, in the reader's language: "USD 162 million",
 * "more than USD 360 million", "1,5 миллиарда USD". The qualifier the source gave is kept;
 * the exact amount stays available for a title or a table.
 */
@Component("amounts")
public class AmountDisplay {

    private final MessageSource messages;

    AmountDisplay(MessageSource messages) {
        this.messages = messages;
    }

    /** "more than USD 360 million"; {@code qualifier} is EXACT, ABOUT, MORE_THAN or LESS_THAN. */
    public String format(BigDecimal amount, String currency, String qualifier) {
        Locale locale = LocaleContextHolder.getLocale();
        String money = messages.getMessage("amount.money", new Object[] {compact(amount, locale), currency}, locale);
        return messages.getMessage("amount.qualifier." + qualifier, new Object[] {money}, locale);
    }

    /** The amount to the cent: "162,000,000.00". */
    public String exact(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }

    private static final List<BigDecimal> UNITS = List.of(
            new BigDecimal("1000000000000"), new BigDecimal("1000000000"), new BigDecimal("1000000"), new BigDecimal("1000"));

    /**
     * "1.5 billion" where that says the amount exactly, else every digit: a compact form that
     * rounded would state a figure no source gave.
     */
    /** The compact formats by language, a few at most (the languages readers' browsers ask for). */
    private static final Map<Locale, NumberFormat> COMPACT = new ConcurrentHashMap<>();

    private static NumberFormat compactFormat(Locale locale) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(2);
        return compact;
    }

    static String compact(BigDecimal amount, Locale locale) {
        BigDecimal unit = UNITS.stream().filter(candidate -> amount.compareTo(candidate) >= 0).findFirst().orElse(null);
        if (unit != null && amount.divide(unit).stripTrailingZeros().scale() <= 2) {
            // a copy of the language's: making one reads the locale's patterns again (7 % of a
            // pair dashboard's CPU with a dozen figures, JFR); a format is not shared between threads
            NumberFormat kept = COMPACT.size() < 16 ? COMPACT.computeIfAbsent(locale, AmountDisplay::compactFormat) : COMPACT.get(locale);
            NumberFormat compact = kept != null ? (NumberFormat) kept.clone() : compactFormat(locale);
            // Handed a double on purpose: the BigDecimal path rounds 1.5 billion to "2 billion".
            return compact.format(amount.doubleValue());
        }
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMaximumFractionDigits(2);
        return plain.format(amount);
    }
}
