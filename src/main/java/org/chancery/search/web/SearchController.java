package org.chancery.search.web;

import java.util.Locale;

import org.chancery.common.web.PageController;
import org.chancery.search.RecordSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: what matches anywhere in the record. */
@PageController
class SearchController {

    /** One letter matches half the record; two are the least worth searching for. */
    static final int SHORTEST = 2;

    private final RecordSearch search;
    private final SearchMarkup markup;

    SearchController(RecordSearch search, SearchMarkup markup) {
        this.search = search;
        this.markup = markup;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("query", query);
        if (query.length() >= SHORTEST) {
            model.addAttribute("results", search.search(query, locale));
            model.addAttribute("searchMarkup", markup);
        }
        return "search/results";
    }
}
