package org.chancery.event.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.web.FormRefusals;
import org.chancery.event.EventImport.LineProblem;
import org.springframework.context.MessageSource;

/**
 * The report of a refused upload as the page shows it: one row per problem, with the line of
 * the file, the column (CSV) or field (NDJSON) and what is wrong, in the reader's language.
 * A refused rule reads from {@code rule.<rule>} and concerns the whole line; any other reason
 * from {@code refused.<reason as a key>}, else it is shown as the import gave it.
 */
final class ImportReport {

    /** One problem of one line; field is empty when the problem concerns the line as a whole. */
    record Row(int line, String field, String message) {
    }

    private ImportReport() {
    }

    static List<Row> rows(List<LineProblem> lines, MessageSource messages, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (LineProblem line : lines) {
            for (InvalidParameter problem : line.problems()) {
                String rule = messages.getMessage("rule." + problem.name(), null, null, locale);
                if (rule != null) {
                    rows.add(new Row(line.line(), "", rule));
                } else {
                    rows.add(new Row(line.line(), problem.name().equals("$") ? "" : problem.name(),
                            messages.getMessage(FormRefusals.messageCode(problem.reason()), null, problem.reason(), locale)));
                }
            }
        }
        return rows;
    }
}
