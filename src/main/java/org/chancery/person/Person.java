package org.chancery.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

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
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }
}
