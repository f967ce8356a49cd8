package org.chancery.search.web;

import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.common.web.HtmlText;
import org.chancery.search.RecordSearch.Match;
import org.chancery.search.RecordSearch.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The line under a found event that says where it matched, its matched words marked. As a
 * Thymeleaf loop it was some eight expressions a passage and most of the search page's own
 * template time; written here, escaped as {@code th:text} escapes ({@link HtmlText}),
 * it is one expression an event. A passage in the language the page is not in says so
 * ({@code lang}), for a screen reader to read it in that language.
 */
@Component
class SearchMarkup {

    private final MessageSource messages;

    SearchMarkup(MessageSource messages) {
        this.messages = messages;
    }

    /** The paragraph for {@code match}, or nothing where there is none. */
    public String match(@Nullable Match match, Locale locale) {
        if (match == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(256);
        html.append("<p class=\"search-match\"><span class=\"muted\">")
                .append(escape(messages.getMessage("search.matched", null, locale))).append("</span> ");
        boolean foreign = !match.language().equals(Language.pick(locale, "en", "ru"));
        if (foreign) {
            html.append("<span lang=\"").append(match.language()).append("\">");
        }
        for (Part part : match.parts()) {
            if (part.matched()) {
                html.append("<mark>").append(escape(part.text())).append("</mark>");
            } else {
                html.append(escape(part.text()));
            }
        }
        if (foreign) {
            html.append("</span>");
        }
        return html.append("</p>").toString();
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}
