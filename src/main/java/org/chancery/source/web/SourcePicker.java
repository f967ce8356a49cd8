package org.chancery.source.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.chancery.common.web.PickedLabels;
import org.chancery.source.SourceCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Sources as the record forms offer them: the live sources a few typed words fit, newest first,
 * each labelled "12 · Trend — title (2026-02-17)" (the forms ask as one types; no page lists them all), and the reading of a form's
 * {@link CitationInput} rows back into sources, with a message on the field for each problem.
 */
@Component
@Transactional(readOnly = true)
public class SourcePicker {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)?");
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");

    private final JdbcClient jdbc;

    SourcePicker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} live sources, newest first, that every word typed fits (a part of the
     * title, the outlet or the address, case aside); a number first is that source. What the
     * type-ahead of the forms' source fields offers ({@code GET /suggest/sources}).
     */
    public List<SourceOption> suggest(String typed, int limit) {
        OptionalLong id = PickedLabels.leadingId(typed);
        List<String> words = java.util.Arrays.stream(typed.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s·—,.:;«»\"()]+"))
                .filter(word -> !word.isEmpty()).toList();
        if (id.isEmpty() && words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("deleted_at is null");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (id.isPresent()) {
            where.append(" and id = :id");
            parameters.put("id", id.getAsLong());
        } else {
            for (int i = 0; i < words.size(); i++) {
                where.append(" and strpos(lower(title || ' ' || coalesce(outlet, '') || ' ' || coalesce(url, '')), :w").append(i)
                        .append(") > 0");
                parameters.put("w" + i, words.get(i));
            }
        }
        return jdbc.sql("select id, outlet, title, published_on from source where " + where
                        + " order by published_on desc nulls last, id desc limit :limit")
                .params(parameters).param("limit", limit)
                .query((row, n) -> new SourceOption(row.getLong("id"), label(row.getLong("id"), row.getString("outlet"),
                        row.getString("title"), row.getObject("published_on", LocalDate.class))))
                .list();
    }

    /** The label an edit form shows for a source it cites. */
    public String label(long id) {
        return jdbc.sql("select id, outlet, title, published_on from source where id = :id")
                .param("id", id)
                .query((row, n) -> label(row.getLong("id"), row.getString("outlet"), row.getString("title"),
                        row.getObject("published_on", LocalDate.class)))
                .optional()
                .orElse(String.valueOf(id));
    }

    /**
     * Reads the rows of {@code field} (such as {@code sources}); each problem goes on its
     * row's field with a message in the reader's language, and the rows read are returned
     * (an empty row is skipped). At least one source is required when {@code required}.
     */
    public List<CitedPassage> read(List<CitationInput> rows, String field, boolean required, BindingResult result) {
        List<CitedPassage> cited = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CitationInput row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = field + "[" + i + "].";
            int errors = result.getErrorCount();
            Long sourceId = null;
            SourceCommand added = null;
            if (row.addsSource()) {
                added = newSource(row, at, result);
            } else if (!CitationInput.filled(row.source())) {
                result.rejectValue(at + "source", "source.pick.required", "Pick a source or add a new one");
            } else {
                sourceId = existing(row.source()).orElse(null);
                if (sourceId == null) {
                    result.rejectValue(at + "source", "source.pick.unknown", new Object[] {row.source()},
                            "No source matches this: pick one from the list or add a new one");
                }
            }
            if (!CitationInput.filled(row.passage())) {
                result.rejectValue(at + "passage", "source.pick.passageRequired",
                        "Quote the passage of the source that reports it");
            }
            if (result.getErrorCount() == errors) {
                cited.add(new CitedPassage(sourceId, added, row.passage().strip()));
            }
        }
        if (required && cited.isEmpty() && !result.hasFieldErrors(field + "*")) {
            result.rejectValue(field + "[0].source", "source.pick.none", "Name at least one source: every fact carries its source");
        }
        return cited;
    }

    /** The live source a picked value names: its number first ("12 · …", "#12", "12"), else its exact title. */
    Optional<Long> existing(String picked) {
        OptionalLong id = PickedLabels.leadingId(picked);
        if (id.isPresent()) {
            return jdbc.sql("select id from source where id = :id and deleted_at is null")
                    .param("id", id.getAsLong()).query(Long.class).optional();
        }
        List<Long> byTitle = jdbc.sql("select id from source where lower(title) = lower(:title) and deleted_at is null")
                .param("title", picked.strip()).query(Long.class).list();
        if (byTitle.size() == 1) {
            return Optional.of(byTitle.getFirst());
        }
        // Typed without the list's help (no JavaScript): a few words that fit one source alone name it.
        List<SourceOption> fitting = byTitle.isEmpty() ? suggest(picked, 2) : List.of();
        return fitting.size() == 1 ? Optional.of(fitting.getFirst().id()) : Optional.empty();
    }

    private static @Nullable SourceCommand newSource(CitationInput row, String at, BindingResult result) {
        int errors = result.getErrorCount();
        if (!CitationInput.filled(row.newTitle())) {
            result.rejectValue(at + "newTitle", "source.new.titleRequired", "Enter the new source's title");
        }
        String url = blankToNull(row.newUrl());
        if (url != null && !ADDRESS.matcher(url).matches()) {
            result.rejectValue(at + "newUrl", "source.new.url.invalid", "Enter an address starting with http:// or https://");
        }
        String language = blankToNull(row.newLanguage());
        if (language == null && CitationInput.filled(row.newTitle())) {
            language = org.chancery.source.TitleLanguage.of(row.newTitle()).orElse(null);
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            result.rejectValue(at + "newLanguage", "source.new.language.invalid", "Enter the source's language as a code: ru, en, kk …");
        }
        LocalDate published = null;
        if (CitationInput.filled(row.newPublishedOn())) {
            try {
                published = LocalDate.parse(row.newPublishedOn().strip());
            } catch (DateTimeParseException e) {
                result.rejectValue(at + "newPublishedOn", "source.new.published.invalid", "Enter the day of publication as 2026-02-17");
            }
        }
        if (result.getErrorCount() > errors) {
            return null;
        }
        return new SourceCommand(blankToNull(row.newOutlet()), row.newTitle().strip(), url, language, published, null);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String label(long id, @Nullable String outlet, String title, @Nullable LocalDate published) {
        return PickedLabels.label(id, (outlet == null ? "" : outlet + " — ") + title + (published == null ? "" : " (" + published + ")"));
    }

    /** One entry of the type-ahead list. */
    public record SourceOption(long id, String label) {
    }
}
