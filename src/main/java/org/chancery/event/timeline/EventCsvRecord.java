package org.chancery.event.timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chancery.common.SpreadsheetCells;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns an event's NDJSON line (the API's item as {@code event_listing} stores it, V160) into
 * its CSV record, reading the line with Jackson's streaming parser (no tree) and writing each
 * field exactly as PostgreSQL's {@code COPY … (format csv)} wrote the record before (V140's
 * {@code export_*} functions over the event's row and its listing's parts): a field is quoted
 * when it is empty or holds a comma, a double quote, a CR or an LF, with its double quotes
 * doubled; a missing value is an empty field; free text passes {@link #neutral} and is missing
 * when empty; a part's items are joined by {@code ;} in the document's order; the record ends
 * with CRLF. Commons CSV quotes by rules of its own (a field starting with a space or ending
 * with one, say), so the bytes are written here to stay the ones the export wrote before.
 *
 * <p>One instance serves one export, a line at a time (it is not thread-safe).
 */
final class EventCsvRecord {

    private static final JsonFactory JSON = new JsonFactory();


    private final int sources;
    private final StringBuilder record = new StringBuilder(4096);

    private @Nullable String id, kind, status, edtf, earliest, latest, precision, approximate;
    private @Nullable String titleEn, titleRu, summaryEn, summaryRu, placeEn, placeRu, placeState;
    private @Nullable String agreementId, visitLevel, visitKind, callInitiator, subjectEn, subjectRu, updatedAt;
    private final List<String> states = new ArrayList<>();
    private final List<String> participants = new ArrayList<>();
    private final List<String> institutions = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> sourceIds = new ArrayList<>();
    private final List<String> sourceUrls = new ArrayList<>();
    private final List<String> sourceOutlets = new ArrayList<>();
    private final List<@Nullable String> passages = new ArrayList<>();

    /** A record with {@code sources} pairs of source columns (the header's). */
    EventCsvRecord(int sources) {
        this.sources = sources;
    }

    /** The CSV record, UTF-8 and ended by CRLF, of the NDJSON line in {@code utf8[from, from + length)}. */
    byte[] of(byte[] utf8, int from, int length) {
        clear();
        try (JsonParser line = JSON.createParser(utf8, from, length)) {
            expect(line.nextToken(), JsonToken.START_OBJECT);
            String name;
            while ((name = line.nextName()) != null) {
                JsonToken value = line.nextToken();
                switch (name) {
                    case "id" -> id = text(line);
                    case "kind" -> kind = text(line);
                    case "status" -> status = text(line);
                    case "title" -> {
                        String[] pair = bilingual(line);
                        titleEn = pair[0];
                        titleRu = pair[1];
                    }
                    case "summary" -> {
                        String[] pair = bilingual(line);
                        summaryEn = pair[0];
                        summaryRu = pair[1];
                    }
                    case "date" -> date(line);
                    case "place" -> place(line);
                    case "states" -> parts(line, item -> add(states, pairOf(item, "code", "side")));
                    case "participants" -> parts(line, this::participant);
                    case "institutions" -> parts(line, item -> add(institutions, pairOf(item, "id", "role")));
                    case "topics" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (line.nextToken() != JsonToken.END_ARRAY) {
                            add(topics, text(line));
                        }
                    }
                    case "sources" -> parts(line, this::source);
                    case "agreementId" -> agreementId = text(line);
                    case "visit" -> fields(line, (field, parser) -> {
                        switch (field) {
                            case "level" -> visitLevel = text(parser);
                            case "kind" -> visitKind = text(parser);
                            default -> parser.skipChildren();
                        }
                    });
                    case "call" -> fields(line, (field, parser) -> {
                        if (field.equals("initiator")) {
                            callInitiator = text(parser);
                        } else {
                            parser.skipChildren();
                        }
                    });
                    case "memorandum" -> fields(line, (field, parser) -> {
                        if (field.equals("subject")) {
                            String[] pair = bilingual(parser);
                            subjectEn = pair[0];
                            subjectRu = pair[1];
                        } else {
                            parser.skipChildren();
                        }
                    });
                    case "updatedAt" -> updatedAt = text(line);
                    default -> line.skipChildren();
                }
            }
        }
        write();
        return record.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write() {
        record.setLength(0);
        fields(id, kind, status, edtf, earliest, latest, precision, approximate);
        cells(titleEn, titleRu, summaryEn, summaryRu);
        field(joined(states));
        cell(joined(participants));
        fields(joined(institutions), joined(topics));
        cells(placeEn, placeRu);
        fields(placeState, agreementId, visitLevel, visitKind, callInitiator);
        cells(subjectEn, subjectRu);
        field(joined(sourceIds));
        cells(joined(sourceUrls), joined(sourceOutlets));
        field(updatedAt);
        for (int number = 0; number < sources; number++) {
            field(number < sourceIds.size() ? sourceIds.get(number) : null);
            cell(number < passages.size() ? passages.get(number) : null);
        }
        // Every field but the first was written after a comma: the first's is dropped.
        record.deleteCharAt(0).append("\r\n");
    }

    private void clear() {
        id = kind = status = edtf = earliest = latest = precision = approximate = null;
        titleEn = titleRu = summaryEn = summaryRu = placeEn = placeRu = placeState = null;
        agreementId = visitLevel = visitKind = callInitiator = subjectEn = subjectRu = updatedAt = null;
        states.clear();
        participants.clear();
        institutions.clear();
        topics.clear();
        sourceIds.clear();
        sourceUrls.clear();
        sourceOutlets.clear();
        passages.clear();
    }

    private void date(JsonParser line) {
        fields(line, (field, parser) -> {
            switch (field) {
                case "edtf" -> edtf = text(parser);
                case "earliest" -> earliest = text(parser);
                case "latest" -> latest = text(parser);
                case "precision" -> precision = text(parser);
                case "approximate" -> approximate = text(parser);
                default -> parser.skipChildren();
            }
        });
    }

    private void place(JsonParser line) {
        fields(line, (field, parser) -> {
            switch (field) {
                case "name" -> {
                    String[] pair = bilingual(parser);
                    placeEn = pair[0];
                    placeRu = pair[1];
                }
                case "state" -> placeState = text(parser);
                default -> parser.skipChildren();
            }
        });
    }

    /** An item's two fields {@code first} and {@code second} as {@code first:second}, null when either is missing. */
    private static @Nullable String pairOf(JsonParser item, String first, String second) {
        String[] values = new String[2];
        fields(item, (field, parser) -> {
            if (field.equals(first)) {
                values[0] = text(parser);
            } else if (field.equals(second)) {
                values[1] = text(parser);
            } else {
                parser.skipChildren();
            }
        });
        return pair(values[0], values[1]);
    }

    private void participant(JsonParser item) {
        String[] nameAndRole = new String[3];
        fields(item, (field, parser) -> {
            switch (field) {
                case "name" -> {
                    String[] name = bilingual(parser);
                    nameAndRole[0] = name[0];
                    nameAndRole[1] = name[1];
                }
                case "role" -> nameAndRole[2] = text(parser);
                default -> parser.skipChildren();
            }
        });
        add(participants, pair(nameAndRole[0] != null ? nameAndRole[0] : nameAndRole[1], nameAndRole[2]));
    }

    private void source(JsonParser item) {
        String[] source = new String[4];
        fields(item, (field, parser) -> {
            switch (field) {
                case "id" -> source[0] = text(parser);
                case "url" -> source[1] = text(parser);
                case "outlet" -> source[2] = text(parser);
                case "quotedPassage" -> source[3] = text(parser);
                default -> parser.skipChildren();
            }
        });
        add(sourceIds, source[0]);
        sourceUrls.add(source[1] == null ? "" : source[1]);
        sourceOutlets.add(source[2] == null ? "" : source[2]);
        passages.add(source[3]);
    }

    @FunctionalInterface
    private interface Field {
        void read(String name, JsonParser parser);
    }

    /** The fields of the object (or null) the parser stands at, each to {@code field} with the parser at its value. */
    private static void fields(JsonParser parser, Field field) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        String name;
        while ((name = parser.nextName()) != null) {
            parser.nextToken();
            field.read(name, parser);
        }
    }

    /** Each object of the array the parser stands at, to {@code item} with the parser at its start. */
    private static void parts(JsonParser parser, java.util.function.Consumer<JsonParser> item) {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            item.accept(parser);
        }
    }

    /** An {@code {"en": …, "ru": …}} object (or null) as its English and Russian texts. */
    private static String[] bilingual(JsonParser parser) {
        String[] pair = new String[2];
        fields(parser, (field, values) -> {
            switch (field) {
                case "en" -> pair[0] = text(values);
                case "ru" -> pair[1] = text(values);
                default -> values.skipChildren();
            }
        });
        return pair;
    }

    /** A scalar as its text in the line (a number as written, a boolean as true or false), null for null. */
    private static @Nullable String text(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw new IllegalStateException("a document whose value is not a scalar where the CSV wants one: " + token);
        }
        return parser.getString();
    }

    private static void expect(@Nullable JsonToken token, JsonToken wanted) {
        if (token != wanted) {
            throw new IllegalStateException("a document that is not an event's item: " + token + " where " + wanted + " was");
        }
    }

    /** {@code a:b} as SQL's {@code a || ':' || b}: null when either is. */
    private static @Nullable String pair(@Nullable String a, @Nullable String b) {
        return a == null || b == null ? null : a + ':' + b;
    }

    /** As {@code string_agg}, which passes over nulls. */
    private static void add(List<String> items, @Nullable String item) {
        if (item != null) {
            items.add(item);
        }
    }

    /** The items joined by {@code ;}, as {@code string_agg}: null when there are none. */
    private static @Nullable String joined(List<String> items) {
        return items.isEmpty() ? null : String.join(";", items);
    }

    /** Free text neutralised ({@link SpreadsheetCells}); then, as the export's {@code nullif(…, '')} did, null when empty. */
    static @Nullable String neutral(@Nullable String value) {
        return value == null || value.isEmpty() ? null : SpreadsheetCells.neutralised(value);
    }

    private void fields(@Nullable String... values) {
        for (String value : values) {
            field(value);
        }
    }

    private void cells(@Nullable String... texts) {
        for (String text : texts) {
            cell(text);
        }
    }

    private void cell(@Nullable String text) {
        field(neutral(text));
    }

    /** A field as COPY's CSV format writes it, after its comma. */
    private void field(@Nullable String value) {
        record.append(',');
        if (value == null) {
            return;
        }
        boolean quote = value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            record.append(value);
            return;
        }
        record.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                record.append('"');
            }
            record.append(c);
        }
        record.append('"');
    }
}
