package org.chancery.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.SoftDeletableEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A ministry, agency, parliament or company, usually of one state. */
@Entity
@Table(name = "institution")
public class Institution extends SoftDeletableEntity {

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "state_code", length = 2)
    private @Nullable String stateCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InstitutionKind kind;

    protected Institution() {
        this.nameEn = this.nameRu = "";
        this.kind = InstitutionKind.OTHER;
    }

    public Institution(String nameEn, String nameRu, @Nullable String stateCode, InstitutionKind kind) {
        this.nameEn = this.nameRu = "";
        this.kind = kind;
        revise(nameEn, nameRu, stateCode, kind);
    }

    /** @throws RuleViolationException without a name in both languages */
    public void revise(String nameEn, String nameRu, @Nullable String stateCode, InstitutionKind kind) {
        if (nameEn.isBlank() || nameRu.isBlank()) {
            throw new RuleViolationException("institution-names", "An institution needs a name in English and in Russian.");
        }
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu.strip();
        this.stateCode = stateCode;
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public @Nullable String getStateCode() {
        return stateCode;
    }

    public InstitutionKind getKind() {
        return kind;
    }
}
