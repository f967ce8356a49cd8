package org.chancery.event.timeline.web;

import java.util.Map;
import java.util.Set;

import org.chancery.common.web.HtmlText;

/**
 * The timeline filter's checkboxes of one kind of choice (kinds, statuses, topics), ticked as
 * the query string chose them, written as one string as {@link StateOptions} writes the states:
 * a {@code th:each} evaluated four expressions a box, some thirty boxes on every timeline page.
 */
final class FilterChoices {

    private FilterChoices() {
    }

    /** {@code labels} by value, in the order shown; {@code chosen} the values ticked. */
    static String html(String name, Map<String, String> labels, Set<String> chosen) {
        StringBuilder html = new StringBuilder(90 * labels.size());
        String field = HtmlText.escape(name);
        labels.forEach((value, label) -> html.append("<label><input type=\"checkbox\" name=\"").append(field)
                .append("\" value=\"").append(HtmlText.escape(value))
                .append(chosen.contains(value) ? "\" checked=\"checked\"> <span>" : "\"> <span>")
                .append(HtmlText.escape(label)).append("</span></label>"));
        return html.toString();
    }
}
