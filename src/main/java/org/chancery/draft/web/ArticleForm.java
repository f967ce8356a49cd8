package org.chancery.draft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The article as staff paste it on the draft page: its text, outlet, address, the day it was
 * published (as typed: "2026-01-27", "27.01.2026", "27 января 2026") and its language, and
 * the title the new source will have (the first sentence when left empty).
 */
record ArticleForm(
        @NotBlank(message = "{draft.form.text.required}")
        @Size(max = 100_000, message = "{draft.form.text.tooLong}")
        @Nullable String text,
        @Size(max = 500, message = "{draft.form.tooLong}") @Nullable String title,
        @Size(max = 500, message = "{draft.form.tooLong}") @Nullable String outlet,
        @Size(max = 2000, message = "{draft.form.tooLong}") @Nullable String url,
        @NotBlank(message = "{draft.form.publishedOn.required}")
        @Size(max = 60, message = "{typedDate.size}")
        @Nullable String publishedOn,
        @Pattern(regexp = "en|ru", message = "{draft.form.language.known}") @Nullable String language) {

    static ArticleForm empty() {
        return new ArticleForm(null, null, null, null, null, "ru");
    }
}
