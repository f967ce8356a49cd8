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
        if (title.isBlank()) {
            throw new RuleViolationException("source-needs-title", "A source needs a title.");
        }
        if (url != null && !url.matches("https?://\\S+")) {
            throw new RuleViolationException("source-url-http", "A source's address must start with http:// or https://.");
        }
        this.outlet = outlet;
        this.title = title;
        this.url = url;
        this.language = language;
        this.publishedOn = publishedOn;
        this.author = author;
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
