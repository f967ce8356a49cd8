package org.chancery.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic of the shared vocabulary, such as {@code water} or {@code ai}. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    protected Topic() {
        this.code = this.nameEn = this.nameRu = "";
    }

    public Topic(String code, String nameEn, String nameRu) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }
}
