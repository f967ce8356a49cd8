package org.chancery.event.timeline.web;

import java.util.List;
import java.util.Locale;

import org.chancery.common.web.HtmlText;
import org.chancery.state.StateQueries.StateName;

/**
 * The timeline filter's type-ahead of every state ({@code <option value="KZ">Kazakhstan · KZ</option>}),
 * written as one string: a {@code th:each} over some 250 states evaluated two expressions an
 * option, a fixed cost of every timeline page as large as a dozen of its events.
 */
final class StateOptions {

    private StateOptions() {
    }

    static String html(List<StateName> states, Locale locale) {
        StringBuilder html = new StringBuilder(40 * states.size());
        for (StateName state : states) {
            String code = HtmlText.escape(state.code());
            html.append("<option value=\"").append(code).append("\">").append(HtmlText.escape(state.name(locale)))
                    .append(" · ").append(code).append("</option>");
        }
        return html.toString();
    }
}
