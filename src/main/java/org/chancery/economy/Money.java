package org.chancery.economy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.chancery.common.RuleViolationException;

/**
 * An amount as a decimal in an ISO 4217 currency. A figure's amount is never below zero:
 * a fall is a change in percent, not a negative turnover.
 */
public record Money(BigDecimal amount, String currency) {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new RuleViolationException("amount-not-negative",
                    "An amount cannot be below zero (" + amount.toPlainString() + " " + currency + ").");
        }
        if (amount.scale() > 2) {
            throw new RuleViolationException("amount-scale", "An amount has at most two decimal places.");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new RuleViolationException("amount-size", "An amount has at most 18 digits before the decimal point.");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("currency-iso-4217", "'" + currency + "' is not an ISO 4217 currency code.");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The amount as plain decimal text, without exponent or trailing zeros: {@code 162000000}, {@code 12.5}. */
    public String plainAmount() {
        return plain(amount);
    }

    /** A decimal as plain text, without exponent or trailing zeros. */
    public static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}
