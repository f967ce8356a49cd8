package org.chancery.event;

import java.util.List;
import java.util.function.UnaryOperator;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * One event of a file being imported, as read: the line it starts on and either the event or
 * what kept it from being read. {@code fieldNames} turns a path of {@link EventCommand}
 * ({@code sources[1].sourceId}) into the name the file gives that field ({@code source_id_2}),
 * so that a problem the service finds is reported in the file's own terms.
 */
record ImportLine(int number, @Nullable EventCommand command, List<InvalidParameter> problems,
        UnaryOperator<String> fieldNames) {

    ImportLine {
        problems = List.copyOf(problems);
    }

    static ImportLine read(int number, EventCommand command, UnaryOperator<String> fieldNames) {
        return new ImportLine(number, command, List.of(), fieldNames);
    }

    static ImportLine unreadable(int number, List<InvalidParameter> problems) {
        return new ImportLine(number, null, problems, UnaryOperator.identity());
    }

    List<InvalidParameter> named(List<InvalidParameter> found) {
        return found.stream().map(problem -> new InvalidParameter(fieldNames.apply(problem.name()), problem.reason())).toList();
    }
}
