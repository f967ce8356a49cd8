package org.chancery.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A state of ISO 3166-1. The list ships in a migration and is read-only here. */
@Entity
@Immutable
@Table(name = "state")
public class State {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 2)
    private String code;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3, nullable = false)
    private String alpha3;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "numeric_code", length = 3, nullable = false)
    private String numericCode;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    private @Nullable String region;

    protected State() {
        this.code = this.alpha3 = this.numericCode = this.nameEn = this.nameRu = "";
    }

    public String getCode() {
        return code;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public String getNumericCode() {
        return numericCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public @Nullable String getRegion() {
        return region;
    }
}
