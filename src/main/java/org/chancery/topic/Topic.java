package org.chancery.topic;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.common.RuleViolationException;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

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

    // A wrapper, null until the topic is first saved: the code is assigned, so this is how
    // Spring Data tells a new topic (persisted) from one read earlier (merged).
    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    protected Topic() {
        this.code = this.nameEn = this.nameRu = "";
    }

    /** @throws RuleViolationException for a code that is not lower-case letters, digits and dashes */
    public Topic(String code, String nameEn, String nameRu) {
        if (!code.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new RuleViolationException("topic-code",
                    "A topic code is lower-case letters, digits and dashes, starting with a letter (e.g. food-security).");
        }
        this.code = code;
        rename(nameEn, nameRu);
    }

    public void rename(String nameEn, String nameRu) {
        if (nameEn.isBlank() || nameRu.isBlank()) {
            throw new RuleViolationException("topic-names", "A topic needs a name in English and in Russian.");
        }
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu.strip();
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

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }
}
