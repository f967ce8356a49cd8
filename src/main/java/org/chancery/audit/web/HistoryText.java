package org.chancery.audit.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.chancery.audit.HistoryNames;
import org.chancery.audit.HistoryNames.Kind;
import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A record's history as a reader reads it ({@code fragments/history} asks it as
 * {@code @historyText}): each field by its name in the reader's language ("Title in Russian",
 * «Участники»), and each value as text: names for the ids and codes the log keeps ("Gideon
 * Saar (guest)" for {@code {"personId":5,"role":"GUEST"}}, an agreement's name for its
 * {@code agreementId}, topics and states by name), a bilingual value as its two texts, a kind
 * or role by its label; dates stay as recorded (EDTF: {@code 2026-03}). What it cannot name it shows as the
 * log has it. The names of a whole history are read in one statement ({@link HistoryNames}).
 */
@Component("historyText")
public class HistoryText {

    /** A field's last segment that holds the id or code of another record. */
    private static final Map<String, Kind> REFERENCES = Map.ofEntries(
            Map.entry("personId", Kind.PERSON), Map.entry("institutionId", Kind.INSTITUTION),
            Map.entry("agreementId", Kind.AGREEMENT), Map.entry("sourceId", Kind.SOURCE),
            Map.entry("officeId", Kind.OFFICE), Map.entry("code", Kind.STATE), Map.entry("state", Kind.STATE),
            Map.entry("initiator", Kind.STATE), Map.entry("reporter", Kind.STATE), Map.entry("partner", Kind.STATE),
            Map.entry("stateCode", Kind.STATE), Map.entry("topics", Kind.TOPIC));

    /** The messages a coded value's label may read from, by the field's last segment. */
    private static final Map<String, List<String>> LABELS = Map.of(
            "kind", List.of("event.kind.", "institutionKind."), "status", List.of("event.status."),
            "side", List.of("event.side."), "role", List.of("event.role.", "event.institutionRole."),
            "level", List.of("event.visitLevel."));

    private final HistoryNames names;
    private final MessageSource messages;

    HistoryText(HistoryNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    /** The entries with their fields' names and values readable in {@code locale}. */
    public List<RecordHistory> readable(List<RecordHistory> history, Locale locale) {
        Map<Kind, Set<String>> wanted = new EnumMap<>(Kind.class);
        for (RecordHistory entry : history) {
            for (RecordHistory.Field field : entry.fields()) {
                collect(last(field.name()), field.beforeValue(), wanted);
                collect(last(field.name()), field.afterValue(), wanted);
            }
        }
        HistoryNames.Names found = names.of(wanted);
        return history.stream().map(entry -> entry.withFields(entry.fields().stream()
                .map(field -> new RecordHistory.Field(field.name(), label(field.name(), locale),
                        text(field.name(), field.beforeValue(), found, locale),
                        text(field.name(), field.afterValue(), found, locale),
                        field.beforeValue(), field.afterValue()))
                .toList())).toList();
    }

    /** "Title in Russian" for {@code title.ru}: the field's own message, else its parent's with the language. */
    String label(String path, Locale locale) {
        String own = message("history.field." + path, locale);
        if (own != null) {
            return own;
        }
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            String language = message("history.language." + path.substring(dot + 1), locale);
            String parent = label(path.substring(0, dot), locale);
            return language != null ? parent + " " + language : parent + ": " + path.substring(dot + 1);
        }
        return path;
    }

    private static void collect(String key, @Nullable JsonNode value, Map<Kind, Set<String>> wanted) {
        if (value == null || value.isNull()) {
            return;
        }
        Kind kind = REFERENCES.get(key);
        if (kind != null && value.isValueNode()) {
            wanted.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value.asString());
        } else if (value.isArray()) {
            value.forEach(element -> collect(key, element, wanted));
        } else if (value.isObject()) {
            value.properties().forEach(property -> collect(property.getKey(), property.getValue(), wanted));
        }
    }

    private @Nullable String text(String path, @Nullable JsonNode value, HistoryNames.Names found, Locale locale) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = valueText(last(path), value, found, locale);
        return text.isBlank() ? null : text;
    }

    private String valueText(String key, JsonNode value, HistoryNames.Names found, Locale locale) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(valueText(key, element, found, locale)));
            return String.join("; ", parts);
        }
        if (value.isObject()) {
            return objectText(value, found, locale);
        }
        String raw = value.asString();
        Kind kind = REFERENCES.get(key);
        if (kind != null) {
            Bilingual name = found.of(kind, raw);
            return name == null ? raw : Language.pick(locale, name.en(), name.ru());
        }
        for (String prefix : LABELS.getOrDefault(key, List.of())) {
            String label = message(prefix + raw, locale);
            if (label != null) {
                return label;
            }
        }
        if (value.isBoolean()) {
            return message(value.asBoolean() ? "history.yes" : "history.no", locale);
        }
        return raw;
    }

    /**
     * An object of the log as text: a bilingual value as its texts (the reader's language
     * first); a part that names another record as that name with the rest in brackets
     * ("Gideon Saar (guest)"), a quoted passage in quotation marks.
     */
    private String objectText(JsonNode object, HistoryNames.Names found, Locale locale) {
        Set<String> keys = new LinkedHashSet<>();
        object.propertyNames().forEach(keys::add);
        if (keys.stream().allMatch(key -> key.equals("en") || key.equals("ru"))) {
            String en = nonBlank(object.get("en"));
            String ru = nonBlank(object.get("ru"));
            String first = Language.pick(locale, en, ru);
            String second = Language.pick(locale, ru, en);
            if (first == null) {
                return second == null ? "" : second;
            }
            return second == null || second.equals(first) ? first : first + " / " + second;
        }
        String main = null;
        StringJoiner rest = new StringJoiner(", ");
        String passage = null;
        for (String key : keys) {
            JsonNode part = object.get(key);
            if (part == null || part.isNull()) {
                continue;
            }
            String text = valueText(key, part, found, locale);
            if (main == null && REFERENCES.containsKey(key)) {
                main = text;
            } else if (key.equals("quotedPassage")) {
                passage = "“" + text + "”";
            } else if (!text.isBlank()) {
                rest.add(part.isValueNode() && LABELS.containsKey(key) ? text : label(key, locale) + ": " + text);
            }
        }
        StringBuilder text = new StringBuilder(main == null ? "" : main);
        if (rest.length() > 0) {
            text.append(main == null ? rest.toString() : " (" + rest + ")");
        }
        if (passage != null) {
            text.append(text.isEmpty() ? "" : ": ").append(passage);
        }
        return text.toString();
    }

    private static @Nullable String nonBlank(@Nullable JsonNode value) {
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    private @Nullable String message(String code, Locale locale) {
        return messages.getMessage(code, null, null, locale);
    }

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
