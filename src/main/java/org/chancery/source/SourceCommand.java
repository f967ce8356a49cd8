package org.chancery.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.common.LanguageCode;
import org.jspecify.annotations.Nullable;

/**
 * A source as staff and scripts write it. The same form serves create, replace and, with a
 * merge patch applied to {@link #from(Source)}, patch; it is what the history keeps.
 */
public record SourceCommand(
        @Nullable @Size(max = 500) String outlet,
        @NotBlank @Size(max = 2000) String title,
        @Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "an address starting with http:// or https://") String url,
        @NotBlank @Size(max = 8) @LanguageCode String language,
        @Nullable LocalDate publishedOn,
        @Nullable @Size(max = 500) String author) {

    public static SourceCommand from(Source source) {
        return new SourceCommand(source.getOutlet(), source.getTitle(), source.getUrl(), source.getLanguage(),
                source.getPublishedOn(), source.getAuthor());
    }
}
