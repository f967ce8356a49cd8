package org.chancery.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.SoftDeletableEntity;

/** A person who appears in the record. The offices they held are terms of {@link Office}s. */
@Entity
@Table(name = "person")
public class Person extends SoftDeletableEntity {

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    protected Person() {
        this.nameEn = this.nameRu = "";
    }

    public Person(String nameEn, String nameRu) {
        this.nameEn = this.nameRu = "";
        rename(nameEn, nameRu);
    }

    /** @throws RuleViolationException without a name in both languages */
    public void rename(String nameEn, String nameRu) {
        if (nameEn.isBlank() || nameRu.isBlank()) {
            throw new RuleViolationException("person-names", "A person needs a name in English and in Russian.");
        }
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }
}
