package org.chancery.economy;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.chancery.common.DatePrecision;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.SoftDeletableEntity;
import org.chancery.source.Citation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A number one source gives about the economy between two states: "turnover reached USD
 * 162 million in 2025". Sources that disagree give two figures; both are kept.
 */
@Entity
@Table(name = "economic_figure")
public class EconomicFigure extends SoftDeletableEntity {

    private static final BigDecimal MAX_CHANGE_PERCENT = new BigDecimal("10000000");

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "reporter_code", length = 2, nullable = false)
    private String reporterCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "partner_code", length = 2, nullable = false)
    private String partnerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Indicator indicator;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "period_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "period_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "period_precision")),
            @AttributeOverride(name = "approximate", column = @Column(name = "period_approximate"))
    })
    private UncertainDate period;

    @Column(nullable = false, precision = 20, scale = 2)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Qualifier qualifier;

    @Column(name = "change_percent", precision = 9, scale = 2)
    private @Nullable BigDecimal changePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_qualifier", length = 16)
    private @Nullable Qualifier changeQualifier;

    @Column(name = "basis_en")
    private @Nullable String basisEn;

    @Column(name = "basis_ru")
    private @Nullable String basisRu;

    @Embedded
    private Citation citation;

    @SuppressWarnings("NullAway")
    protected EconomicFigure() {
        this.reporterCode = this.partnerCode = this.currency = "";
        this.indicator = Indicator.TRADE_TURNOVER;
        this.qualifier = Qualifier.EXACT;
        this.amount = BigDecimal.ZERO;
    }

    /**
     * @throws RuleViolationException without a source, for a state paired with itself, for a
     *         period finer than a month, or for an amount below zero (see {@link Money})
     */
    @SuppressWarnings("NullAway")
    public EconomicFigure(String reporterCode, String partnerCode, Indicator indicator, UncertainDate period,
            Money money, Qualifier qualifier, @Nullable Citation source) {
        assign(reporterCode, partnerCode, indicator, period, money, qualifier, source);
    }

    /**
     * Corrects what the figure says, under the same rules as a new figure.
     *
     * @throws RuleViolationException for what a new figure is refused for
     */
    public void revise(String reporterCode, String partnerCode, Indicator indicator, UncertainDate period,
            Money money, Qualifier qualifier, @Nullable Citation source) {
        assign(reporterCode, partnerCode, indicator, period, money, qualifier, source);
    }

    private void assign(String reporterCode, String partnerCode, Indicator indicator, UncertainDate period,
            Money money, Qualifier qualifier, @Nullable Citation source) {
        if (source == null) {
            throw new RuleViolationException("figure-needs-source",
                    "A figure cannot be recorded without a source: name the article or document that gives it.");
        }
        if (reporterCode.equals(partnerCode)) {
            throw new RuleViolationException("figure-two-states", "A figure is between two different states.");
        }
        if (period.precision() == DatePrecision.DAY || period.precision() == DatePrecision.SEASON) {
            throw new RuleViolationException("figure-period",
                    "A figure's period is a month, a quarter, a year or a span of them.");
        }
        this.reporterCode = reporterCode;
        this.partnerCode = partnerCode;
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.period = period;
        this.amount = money.amount();
        this.currency = money.currency();
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
        this.citation = source;
    }

    /**
     * "Up about 50%": the change against the previous period, as the source qualifies it; a
     * fall is negative.
     *
     * @throws RuleViolationException for more than two decimal places, or a change of ten
     *         million percent or more
     */
    public void changedBy(BigDecimal percent, Qualifier qualifier) {
        Objects.requireNonNull(percent, "percent");
        if (percent.scale() > 2) {
            throw new RuleViolationException("change-scale", "A change in percent has at most two decimal places.");
        }
        if (percent.abs().compareTo(MAX_CHANGE_PERCENT) >= 0) {
            throw new RuleViolationException("change-size", "A change is less than ten million percent either way.");
        }
        this.changePercent = percent;
        this.changeQualifier = Objects.requireNonNull(qualifier, "qualifier");
    }

    /** The source gives no change against the previous period. */
    public void noChangeGiven() {
        this.changePercent = null;
        this.changeQualifier = null;
    }

    public void basedOn(@Nullable String basisEn, @Nullable String basisRu) {
        this.basisEn = basisEn;
        this.basisRu = basisRu;
    }

    public String getReporterCode() {
        return reporterCode;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public UncertainDate getPeriod() {
        return period;
    }

    public Money getMoney() {
        return new Money(amount, currency);
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public @Nullable BigDecimal getChangePercent() {
        return changePercent;
    }

    public @Nullable Qualifier getChangeQualifier() {
        return changeQualifier;
    }

    public @Nullable String getBasisEn() {
        return basisEn;
    }

    public @Nullable String getBasisRu() {
        return basisRu;
    }

    public Citation getCitation() {
        return citation;
    }
}
