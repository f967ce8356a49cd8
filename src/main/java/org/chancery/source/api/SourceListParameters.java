package org.chancery.source.api;

import java.time.LocalDate;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.chancery.source.SourceFilter;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/sources}'s query string. */
@QueryString
record SourceListParameters(@Nullable String q, @Nullable String language, @Nullable String publishedFrom,
        @Nullable String publishedTo, @Nullable String limit, @Nullable String cursor, @Nullable String count,
        @Nullable String updatedSince) implements PagingParameters {

    SourceFilter filter(ListParameters read) {
        String languageCode = ListParameters.text(language);
        if (languageCode != null && !languageCode.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)?")) {
            read.problem("language", "'" + language + "' is not a language code such as ru, en or pt-BR");
        }
        LocalDate from = read.day("publishedFrom", publishedFrom);
        LocalDate to = read.day("publishedTo", publishedTo);
        if (from != null && to != null && to.isBefore(from)) {
            read.problem("publishedTo", "publishedTo (" + to + ") is before publishedFrom (" + from + ")");
        }
        return new SourceFilter(ListParameters.text(q), languageCode, from, to);
    }
}
