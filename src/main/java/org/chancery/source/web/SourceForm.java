package org.chancery.source.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.common.LanguageCode;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.source.Source;
import org.chancery.source.SourceCommand;
import org.jspecify.annotations.Nullable;

/**
 * A source as the form holds it: what was typed, the published day as text (read with
 * {@link UncertainDateInput}), and on an edit the version the form was opened on.
 */
record SourceForm(
        @NotBlank(message = "{source.form.title.required}")
        @Size(max = 2000, message = "{source.form.title.size}")
        @Nullable String title,
        @Size(max = 500, message = "{source.form.outlet.size}")
        @Nullable String outlet,
        @Size(max = 500, message = "{source.form.author.size}")
        @Nullable String author,
        @Size(max = 2000, message = "{source.form.url.size}")
        @Pattern(regexp = "\\s*(https?://\\S+)?\\s*", message = "{source.form.url.format}")
        @Nullable String url,
        @Nullable String publishedOn,
        @NotBlank(message = "{source.form.language.required}")
        @LanguageCode(ignoreCase = true, message = "{source.form.language.format}")
        @Nullable String language,
        @Nullable Long version) {

    static SourceForm empty() {
        return new SourceForm(null, null, null, null, null, null, null);
    }

    static SourceForm from(Source source, Locale locale) {
        LocalDate published = source.getPublishedOn();
        return new SourceForm(source.getTitle(), source.getOutlet(), source.getAuthor(), source.getUrl(),
                published == null ? null : UncertainDateInput.format(UncertainDate.day(published), locale),
                source.getLanguage(), source.getVersion());
    }

    /** The same form, to be saved over {@code savedVersion}. */
    SourceForm withVersion(long savedVersion) {
        return new SourceForm(title, outlet, author, url, publishedOn, language, savedVersion);
    }

    /** What the service writes, once the form is valid; the language's first part in lower case (RU → ru). */
    SourceCommand command(@Nullable LocalDate published) {
        String code = language == null ? "" : language.strip();
        int dash = code.indexOf('-');
        String normalized = dash < 0 ? code.toLowerCase(Locale.ROOT)
                : code.substring(0, dash).toLowerCase(Locale.ROOT) + code.substring(dash);
        return new SourceCommand(blankAsNull(outlet), title == null ? "" : title.strip(), blankAsNull(url), normalized,
                published, blankAsNull(author));
    }

    private static @Nullable String blankAsNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
