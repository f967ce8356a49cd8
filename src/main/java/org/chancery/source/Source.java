package org.chancery.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.SoftDeletableEntity;
import org.jspecify.annotations.Nullable;

/** An article, a statement or a document that facts are taken from. */
@Entity
@Table(name = "source")
public class Source extends SoftDeletableEntity {

    private @Nullable String outlet;

    @Column(nullable = false)
    private String title;

    private @Nullable String url;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    private @Nullable String author;

    protected Source() {
        this.title = this.language = "";
    }

    public Source(@Nullable String outlet, String title, @Nullable String url, String language,
            @Nullable LocalDate publishedOn, @Nullable String author) {
        this.title = this.language = "";
        revise(outlet, title, url, language, publishedOn, author);
    }

    /**
     * Corrects what the record says of the source; blank optional parts are kept as unknown.
     *
     * @throws RuleViolationException without a title, or for an address that is not http(s)
     */
    public void revise(@Nullable String outlet, String title, @Nullable String url, String language,
            @Nullable LocalDate publishedOn, @Nullable String author) {
        if (title.isBlank()) {
            throw new RuleViolationException("source-needs-title", "A source needs a title.");
        }
        if (url != null && !url.isBlank() && !url.strip().matches("https?://\\S+")) {
            throw new RuleViolationException("source-url-http", "A source's address must start with http:// or https://.");
        }
        this.outlet = orNull(outlet);
        this.title = title.strip();
        this.url = orNull(url);
        this.language = language.strip();
        this.publishedOn = publishedOn;
        this.author = orNull(author);
    }

    private static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable String getOutlet() {
        return outlet;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public @Nullable String getAuthor() {
        return author;
    }
}
