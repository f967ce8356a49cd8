package org.chancery.event;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chancery.common.CsvRecords.MalformedCsvException;
import org.chancery.common.CsvRecords.Record;
import org.chancery.common.CsvRecords;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.RuleViolationException;
import org.chancery.common.Text;
import org.chancery.common.UncertainDateInput;
import org.jspecify.annotations.Nullable;

/**
 * Events as staff fill them in a spreadsheet: a header row naming the columns (in any order
 * and case; {@link #COLUMNS} lists them), then one event a row. A cell holds one value, empty
 * for none; the cells of several values separate them by {@code ;} and write a state, person
 * or institution with its part: {@code KZ:HOST; IL:GUEST}, {@code 6:GUEST; 5:HOST},
 * {@code 3:ORGANIZER}, {@code water; trade}. Names of kinds, statuses, sides and roles are
 * those of the API, in any case. The date is EDTF or as people type it ({@link UncertainDateInput}).
 * Each source is a pair of columns, {@code source_id} and {@code quoted_passage}; further ones
 * are numbered: {@code source_id_2}, {@code quoted_passage_2} and so on.
 *
 * <p>A row that cannot be read reports every cell that is wrong, by its column; a row that
 * reads is checked by the import like any event, and what the service finds is reported by
 * column too.
 */
public final class CsvEvents {

    static final String SOURCE_ID = "source_id";
    static final String QUOTED_PASSAGE = "quoted_passage";

    /** The columns of the template, in its order; more sources take {@code source_id_3}, {@code quoted_passage_3} … */
    public static final List<String> COLUMNS = List.of("kind", "status", "date", "title_en", "title_ru",
            "summary_en", "summary_ru", "states", "participants", "institutions", "topics",
            "place_en", "place_ru", "place_state", "agreement_id", "visit_level", "visit_kind", "call_initiator",
            "memorandum_subject_en", "memorandum_subject_ru",
            SOURCE_ID, QUOTED_PASSAGE, SOURCE_ID + "_2", QUOTED_PASSAGE + "_2");

    /**
     * Columns the export writes that an import passes over: what the record made of an event
     * (its number, the date's bounds, its sources' addresses, its last change), so that an
     * exported file imports as it is.
     */
    static final Set<String> EXPORT_ONLY = Set.of("id", "date_earliest", "date_latest", "date_precision",
            "date_approximate", "source_ids", "source_urls", "source_outlets", "updated_at");

    private static final List<String> REQUIRED = List.of("kind", "status", "date", "states");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Set<String> PLAIN_COLUMNS = COLUMNS.stream()
            .filter(column -> !column.startsWith(SOURCE_ID) && !column.startsWith(QUOTED_PASSAGE))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern SOURCE_COLUMN = Pattern.compile("(source_id|quoted_passage)(?:_([1-9]\\d{0,2}))?");
    private static final Pattern SOURCE_PATH = Pattern.compile("sources\\[(\\d+)]\\.(sourceId|quotedPassage)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,\\n]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    static final String EMPTY = "empty: every event needs it";

    private CsvEvents() {
    }

    /**
     * Reads every row of a CSV into an event, or into what keeps it from being one. Empty rows
     * are passed over. A header row that cannot be read is the one line reported.
     *
     * @param locale the language in which a date that cannot be read is reported
     * @throws EventImport.TooManyLinesException past {@value EventImport#MAX_LINES} rows
     */
    static List<ImportLine> read(Reader text, Locale locale, References references) throws IOException {
        List<ImportLine> lines = new ArrayList<>();
        Header header;
        List<Record> rows = new ArrayList<>();
        try {
            CsvRecords records = new CsvRecords(text);
            Record first = records.next();
            while (first != null && first.isBlank()) {
                first = records.next();
            }
            if (first == null) {
                return lines;
            }
            header = Header.of(first);
            if (!header.problems().isEmpty()) {
                return List.of(ImportLine.unreadable(first.line(), header.problems()));
            }
            for (Record record = records.next(); record != null; record = records.next()) {
                if (record.isBlank()) {
                    continue;
                }
                if (rows.size() == EventImport.MAX_LINES) {
                    throw new EventImport.TooManyLinesException();
                }
                rows.add(record);
            }
        } catch (MalformedCsvException e) {
            return List.of(ImportLine.unreadable(e.line(), List.of(new InvalidParameter("$", e.getMessage()))));
        }
        Resolved resolved = Resolved.of(header, rows, references);
        for (Record record : rows) {
            lines.add(new Row(header, record, locale, resolved).read());
        }
        return lines;
    }

    /**
     * What the file names by words rather than numbers, looked up once for the whole file:
     * persons by name, sources by address.
     */
    interface References {

        /** The live persons of each name (English or Russian, case aside), by the name as lower case. */
        Map<String, List<Long>> personsNamed(Set<String> names);

        /** The live source at each address (however written: see {@code source_identity}), by the address as given. */
        Map<String, Long> sourcesAt(Set<String> addresses);
    }

    /** The file's names and addresses, resolved. */
    private record Resolved(Map<String, List<Long>> persons, Map<String, Long> sources) {

        static Resolved of(Header header, List<Record> rows, References references) {
            Set<String> names = new java.util.HashSet<>();
            Set<String> addresses = new java.util.HashSet<>();
            for (Record record : rows) {
                String participants = cellOf(header, record, "participants");
                if (participants != null) {
                    for (String written : LIST_SEPARATOR.split(participants)) {
                        String[] halves = written.split(":", -1);
                        if (halves.length == 2 && !halves[0].isBlank() && number(halves[0]) == null) {
                            names.add(halves[0].strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                for (int number : header.sources()) {
                    String source = cellOf(header, record, sourceColumn(SOURCE_ID, number));
                    if (source != null && WEB_ADDRESS.matcher(source).matches()) {
                        addresses.add(source);
                    }
                }
            }
            return new Resolved(names.isEmpty() ? Map.of() : references.personsNamed(names),
                    addresses.isEmpty() ? Map.of() : references.sourcesAt(addresses));
        }
    }

    /**
     * The cell of this column, trimmed, without the apostrophe an export puts before what a
     * spreadsheet would take for a formula; null when the file has no such column or the cell
     * is empty.
     */
    private static @Nullable String cellOf(Header header, Record record, String column) {
        Integer position = header.positions().get(column);
        if (position == null || position >= record.fields().size()) {
            return null;
        }
        String value = record.fields().get(position);
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The column a path of {@link EventCommand} comes from: {@code title.en} from {@code title_en},
     * {@code sources[1].sourceId} from the second source column the row fills. A name that is no
     * path, such as a rule's, stays as it is.
     *
     * @param sourceNumbers the number of the source columns each source of the command came from, in order
     */
    static String column(String path, List<Integer> sourceNumbers) {
        Matcher source = SOURCE_PATH.matcher(path);
        if (source.matches()) {
            int index = Integer.parseInt(source.group(1));
            int number = index < sourceNumbers.size() ? sourceNumbers.get(index) : index + 1;
            return sourceColumn(source.group(2).equals("sourceId") ? SOURCE_ID : QUOTED_PASSAGE, number);
        }
        String field = path.replaceAll("\\[\\d+].*", "");
        return switch (field) {
            case "title", "title.en" -> "title_en";
            case "title.ru" -> "title_ru";
            case "summary", "summary.en" -> "summary_en";
            case "summary.ru" -> "summary_ru";
            case "place", "place.name", "place.name.en" -> "place_en";
            case "place.name.ru" -> "place_ru";
            case "place.state" -> "place_state";
            case "agreementId" -> "agreement_id";
            case "visit", "visit.level" -> "visit_level";
            case "visit.kind" -> "visit_kind";
            case "call", "call.initiator" -> "call_initiator";
            case "memorandum", "memorandum.subject", "memorandum.subject.en" -> "memorandum_subject_en";
            case "memorandum.subject.ru" -> "memorandum_subject_ru";
            case "sources" -> SOURCE_ID;
            default -> field;
        };
    }

    private static String sourceColumn(String base, int number) {
        return number == 1 ? base : base + "_" + number;
    }

    /** The columns of a file: where each one is, and the numbers of its source columns. */
    private record Header(Map<String, Integer> positions, Set<Integer> passedOver, SortedSet<Integer> sources,
            List<InvalidParameter> problems) {

        static Header of(Record record) {
            Map<String, Integer> positions = new HashMap<>();
            Set<Integer> passedOver = new java.util.HashSet<>();
            SortedSet<Integer> sources = new TreeSet<>(Set.of(1));
            List<InvalidParameter> problems = new ArrayList<>();
            for (int i = 0; i < record.fields().size(); i++) {
                String typed = record.fields().get(i).strip();
                String name = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
                Matcher source = SOURCE_COLUMN.matcher(name);
                if (name.isEmpty()) {
                    continue;
                } else if (source.matches()) {
                    int number = source.group(2) == null ? 1 : Integer.parseInt(source.group(2));
                    name = sourceColumn(source.group(1), number);
                    sources.add(number);
                } else if (EXPORT_ONLY.contains(name)) {
                    passedOver.add(i);
                    continue;
                } else if (!PLAIN_COLUMNS.contains(name)) {
                    problems.add(new InvalidParameter(typed, "not a column of the events CSV"));
                    continue;
                }
                if (positions.putIfAbsent(name, i) != null) {
                    problems.add(new InvalidParameter(typed, "named twice"));
                }
            }
            List<String> needed = new ArrayList<>(REQUIRED);
            if (!positions.containsKey("title_en") && !positions.containsKey("title_ru")) {
                needed.add("title_en");
            }
            for (int number : sources) {
                needed.add(sourceColumn(SOURCE_ID, number));
                needed.add(sourceColumn(QUOTED_PASSAGE, number));
            }
            for (String column : needed) {
                if (!positions.containsKey(column)) {
                    problems.add(new InvalidParameter(column, "missing: every events CSV has this column"));
                }
            }
            return new Header(Map.copyOf(positions), Set.copyOf(passedOver), sources, problems);
        }
    }

    /** One row being read into an event, keeping what is wrong with it. */
    private static final class Row {

        private final Header header;
        private final Record record;
        private final Locale locale;
        private final Resolved resolved;
        private final List<InvalidParameter> problems = new ArrayList<>();

        Row(Header header, Record record, Locale locale, Resolved resolved) {
            this.header = header;
            this.record = record;
            this.locale = locale;
            this.resolved = resolved;
        }

        ImportLine read() {
            for (int i = 0; i < record.fields().size(); i++) {
                if (!header.positions().containsValue(i) && !header.passedOver().contains(i)
                        && !record.fields().get(i).isBlank()) {
                    problem("$", "a cell under no column: the header row names none there");
                    break;
                }
            }
            EventKind kind = required("kind", value -> choice(value, EventKind.class), "not a kind of event");
            EventStatus status = required("status", value -> choice(value, EventStatus.class), "not a status of an event");
            String date = date();
            Long agreementId = cell("agreement_id", CsvEvents::number, "not a number");
            EventCommand.Visit visit = visit();
            List<EventCommand.StateRole> states = roles("states", code -> code.toUpperCase(Locale.ROOT),
                    StateSide.class, EventCommand.StateRole::new, "write each state as CODE:SIDE, such as KZ:HOST",
                    "not a side a state takes in an event");
            if (text("states") == null) {
                problem("states", EMPTY);
            }
            List<EventCommand.Participant> participants = roles("participants", this::person,
                    ParticipantRole.class, EventCommand.Participant::new,
                    "write each person as NAME:ROLE or NUMBER:ROLE, such as Gideon Saar:GUEST or 12:GUEST",
                    "not a role a person takes in an event");
            List<EventCommand.InstitutionPart> institutions = roles("institutions", CsvEvents::number,
                    InstitutionRole.class, EventCommand.InstitutionPart::new,
                    "write each institution as NUMBER:ROLE, such as 3:ORGANIZER",
                    "not a role an institution takes in an event");
            List<Integer> sourceNumbers = new ArrayList<>();
            List<EventCommand.SourcePassage> sources = sources(sourceNumbers);
            if (!problems.isEmpty() || kind == null || status == null || date == null) {
                return ImportLine.unreadable(record.line(), problems);
            }
            EventCommand command = new EventCommand(kind, status, new Text(text("title_en"), text("title_ru")),
                    words("summary_en", "summary_ru"), date, place(), agreementId, visit,
                    text("call_initiator") == null ? null : new EventCommand.Call(upper("call_initiator")),
                    memorandum(), states, participants, institutions, topics(), sources);
            return ImportLine.read(record.line(), command, path -> column(path, sourceNumbers));
        }

        /** A person by number, or by a name that only one live person has. */
        private @Nullable Long person(String written) {
            Long id = number(written);
            if (id != null) {
                return id;
            }
            List<Long> named = resolved.persons().getOrDefault(written.toLowerCase(Locale.ROOT), List.of());
            if (named.size() == 1) {
                return named.getFirst();
            }
            problem("participants", named.isEmpty()
                    ? "no person of the record is named " + written + ": add them first, or give their number"
                    : named.size() + " persons are named " + written + ": give the number of the one meant");
            return null;
        }

        private @Nullable String date() {
            String typed = text("date");
            if (typed == null) {
                problem("date", EMPTY);
                return null;
            }
            try {
                return UncertainDateInput.parse(typed, locale).toEdtf();
            } catch (IllegalArgumentException | RuleViolationException e) {
                problem("date", e.getMessage());
                return null;
            }
        }

        private EventCommand.@Nullable Place place() {
            Text name = words("place_en", "place_ru");
            String state = upper("place_state");
            return name == null && state == null ? null : new EventCommand.Place(name, state);
        }

        private EventCommand.@Nullable Visit visit() {
            VisitLevel level = cell("visit_level", value -> choice(value, VisitLevel.class), "not a level of visit");
            VisitKind kind = cell("visit_kind", value -> choice(value, VisitKind.class), "not a kind of visit");
            return level == null && kind == null ? null : new EventCommand.Visit(level, kind);
        }

        private EventCommand.@Nullable Memorandum memorandum() {
            Text subject = words("memorandum_subject_en", "memorandum_subject_ru");
            return subject == null ? null : new EventCommand.Memorandum(subject);
        }

        private List<String> topics() {
            String cell = text("topics");
            return cell == null ? List.of() : LIST_SEPARATOR.splitAsStream(cell).map(String::strip)
                    .filter(topic -> !topic.isEmpty()).map(topic -> topic.toLowerCase(Locale.ROOT)).toList();
        }

        /** Each pair of source columns the row fills, in the order of their numbers, noting the numbers. */
        private List<EventCommand.SourcePassage> sources(List<Integer> numbers) {
            List<EventCommand.SourcePassage> sources = new ArrayList<>();
            boolean anyFilled = false;
            for (int number : header.sources()) {
                String idColumn = sourceColumn(SOURCE_ID, number);
                String passageColumn = sourceColumn(QUOTED_PASSAGE, number);
                String id = text(idColumn);
                String passage = text(passageColumn);
                anyFilled |= id != null || passage != null;
                if (id == null && passage != null) {
                    problem(idColumn, "give the number of the source the passage is quoted from");
                } else if (id != null && passage == null) {
                    problem(passageColumn, "quote the passage of the source that reports the event");
                } else if (id != null) {
                    Long sourceId = WEB_ADDRESS.matcher(id).matches() ? resolved.sources().get(id) : number(id);
                    if (sourceId == null && WEB_ADDRESS.matcher(id).matches()) {
                        problem(idColumn, "no source of the record has this address: add the source first");
                    } else if (sourceId == null) {
                        problem(idColumn, "not the number or the address of a source");
                    } else {
                        numbers.add(number);
                        sources.add(new EventCommand.SourcePassage(sourceId, passage));
                    }
                }
            }
            if (!anyFilled) {
                problem(SOURCE_ID, EMPTY);
            }
            return sources;
        }

        /** "KZ:HOST; IL:GUEST": each item something and the part it takes. */
        private <K, R extends Enum<R>, T> List<T> roles(String column, Function<String, @Nullable K> key,
                Class<R> parts, BiFunction<K, R, T> item, String shape, String notAPart) {
            String cell = text(column);
            if (cell == null) {
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (String written : LIST_SEPARATOR.split(cell)) {
                if (written.isBlank()) {
                    continue;
                }
                String[] halves = written.split(":", -1);
                K named = halves.length == 2 && !halves[0].isBlank() ? key.apply(halves[0].strip()) : null;
                R part = halves.length == 2 ? choice(halves[1], parts) : null;
                if (named == null) {
                    if (problems.stream().noneMatch(problem -> problem.name().equals(column))) {
                        problem(column, shape);
                    }
                } else if (part == null) {
                    problem(column, notAPart);
                } else {
                    items.add(item.apply(named, part));
                }
            }
            return items;
        }

        private <T> @Nullable T required(String column, Function<String, @Nullable T> parse, String reason) {
            if (text(column) == null) {
                problem(column, EMPTY);
                return null;
            }
            return cell(column, parse, reason);
        }

        /** The cell as parse reads it; null when it is empty or parse cannot read it (a problem, then). */
        private <T> @Nullable T cell(String column, Function<String, @Nullable T> parse, String reason) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            T parsed = parse.apply(value);
            if (parsed == null) {
                problem(column, reason);
            }
            return parsed;
        }

        private @Nullable Text words(String en, String ru) {
            String english = text(en);
            String russian = text(ru);
            return english == null && russian == null ? null : new Text(english, russian);
        }

        private @Nullable String upper(String column) {
            String value = text(column);
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }

        private @Nullable String text(String column) {
            return cellOf(header, record, column);
        }

        private void problem(String column, String reason) {
            InvalidParameter problem = new InvalidParameter(column, reason);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
    }

    private static @Nullable Long number(String text) {
        String digits = text.strip();
        return NUMBER.matcher(digits).matches() ? Long.valueOf(digits) : null;
    }

    private static <E extends Enum<E>> @Nullable E choice(String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
