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
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("currency-iso-4217", "'" + currency + "' is not an ISO 4217 currency code.");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
