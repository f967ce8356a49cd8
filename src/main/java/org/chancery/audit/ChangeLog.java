package org.chancery.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records every create, change, delete and restore in the same transaction as the change
 * itself, so a change is never without its entry. A record is compared as its API
 * representation: the entry lists each field (by dotted path) before and after, and keeps
 * the whole representation after the change, from which an earlier version can be restored.
 * A creation keeps the representation alone (its changes are every field of it from nothing,
 * and are read so from it): two thirds fewer bytes for an import's entries.
 */
@Service
public class ChangeLog {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChangeLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param before the record's representation before the change, null when created
     * @param after  the representation after it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String resource, Object key, ChangeAction action, @Nullable Object before, Object after,
            long version, @Nullable String reason) {
        JsonNode afterTree = json.valueToTree(after);
        // A creation is kept by its snapshot alone: its changes are every field of it, from nothing.
        List<FieldChange> changes = before == null && action == ChangeAction.CREATED ? null
                : differences(before == null ? null : json.valueToTree(before), afterTree);
        insert(resource, key, action, changes, afterTree, version, reason);
    }

    /** A record created in a batch: its key, its representation and its version. */
    public record Created(Object key, Object after, long version) {
    }

    /**
     * Records the creation of many records of one resource in one statement, each entry as
     * {@link #record} writes a creation (every field from nothing to its value): what an import
     * writes instead of one insert a record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCreated(String resource, List<Created> created) {
        if (created.isEmpty()) {
            return;
        }
        String actor = currentActor();
        List<Map<String, Object>> rows = new ArrayList<>(created.size());
        for (Created record : created) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", String.valueOf(record.key()));
            row.put("version", record.version());
            row.put("snapshot", record.after());
            rows.add(row);
        }
        jdbc.sql("""
                insert into change_log (resource, record_key, action, actor, version, snapshot)
                select :resource, r.key, :action, :actor, r.version, r.snapshot
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r (key text, version bigint, snapshot jsonb)""")
                .param("resource", resource)
                .param("action", ChangeAction.CREATED.name())
                .param("actor", actor)
                .param("rows", json.writeValueAsString(rows))
                .update();
    }

    /**
     * Records a change to fields whose values must never be kept, such as a password: each is
     * entered by name with neither its value before nor after. {@code current} is the
     * record's representation, which must not hold them either.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordConcealed(String resource, Object key, Object current, long version, List<String> fields,
            @Nullable String reason) {
        List<FieldChange> changes = fields.stream().map(field -> new FieldChange(field, null, null)).toList();
        insert(resource, key, ChangeAction.UPDATED, changes, json.valueToTree(current), version, reason);
    }

    private void insert(String resource, Object key, ChangeAction action, @Nullable List<FieldChange> changes,
            JsonNode snapshot, long version, @Nullable String reason) {
        jdbc.sql("""
                insert into change_log (resource, record_key, action, actor, version, changes, snapshot, reason)
                values (:resource, :key, :action, :actor, :version, cast(:changes as jsonb), cast(:snapshot as jsonb), :reason)""")
                .param("resource", resource)
                .param("key", String.valueOf(key))
                .param("action", action.name())
                .param("actor", currentActor())
                .param("version", version)
                .param("changes", changes == null ? null : json.writeValueAsString(changes))
                .param("snapshot", json.writeValueAsString(snapshot))
                .param("reason", reason)
                .update();
    }

    /** The history of one record, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> historyOf(String resource, Object key) {
        return jdbc.sql("""
                select id, action, actor, changed_at, version, changes, snapshot, reason
                  from change_log where resource = :resource and record_key = :key order by id""")
                .param("resource", resource)
                .param("key", String.valueOf(key))
                .query((row, number) -> {
                    JsonNode snapshot = row.getString("snapshot") == null ? null : json.readTree(row.getString("snapshot"));
                    String changes = row.getString("changes");
                    return new ChangeEntry(row.getLong("id"), ChangeAction.valueOf(row.getString("action")),
                            row.getString("actor"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
                            row.getLong("version"),
                            changes == null ? differences(null, Objects.requireNonNull(snapshot)) : json.readValue(changes, CHANGES),
                            snapshot, row.getString("reason"));
                })
                .list();
    }

    /**
     * The record as it stood at {@code version}, from {@code history} (oldest first): the latest
     * entry of that version that is not a deletion, where it kept the record whole; else the
     * nearest later version kept whole with every change since undone, field by field. That
     * second way gives back the versions the log never held whole: a record as the shipped
     * record loaded it (its version 0, before its first change through the app) and the
     * corrections migrations made. Empty where neither way leads to the version (a gap in the
     * history, a version never reached).
     */
    public static Optional<JsonNode> snapshotAt(List<ChangeEntry> history, long version) {
        Optional<JsonNode> kept = history.reversed().stream()
                .filter(entry -> entry.version() == version && entry.snapshot() != null
                        && entry.action() != ChangeAction.DELETED)
                .findFirst()
                .map(ChangeEntry::snapshot);
        return kept.isPresent() ? kept : undoneTo(history, version);
    }

    private static Optional<JsonNode> undoneTo(List<ChangeEntry> history, long version) {
        List<ChangeEntry> later = history.stream().filter(entry -> entry.version() > version).toList();
        for (int kept = 0; kept < later.size(); kept++) {
            ChangeEntry whole = later.get(kept);
            if (whole.snapshot() == null || whole.action() == ChangeAction.DELETED) {
                continue;
            }
            List<ChangeEntry> toUndo = later.subList(0, kept + 1);
            if (!toUndo.stream().map(ChangeEntry::version).distinct().sorted().toList().equals(
                    LongStream.rangeClosed(version + 1, whole.version()).boxed().toList())) {
                return Optional.empty();
            }
            JsonNode record = whole.snapshot().deepCopy();
            for (ChangeEntry entry : toUndo.reversed()) {
                for (FieldChange change : entry.changes()) {
                    record = withValue(record, change.field(), change.before());
                }
            }
            return Optional.of(record);
        }
        return Optional.empty();
    }

    /** {@code record} with the field at the dotted {@code path} set to {@code value} (JSON null where null). */
    private static JsonNode withValue(JsonNode record, String path, @Nullable JsonNode value) {
        if (!(record instanceof ObjectNode root)) {
            return record;
        }
        String[] names = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.get(names[i]) instanceof ObjectNode child ? child : parent.putObject(names[i]);
        }
        if (value == null) {
            parent.putNull(names[names.length - 1]);
        } else {
            parent.set(names[names.length - 1], value.deepCopy());
        }
        return root;
    }

    /** Who is acting: the signed-in account, or {@code system} for start-up work. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    /** Each field that differs between two representations, by dotted path; all of {@code after} when {@code before} is null. */
    public static List<FieldChange> differences(@Nullable JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, @Nullable JsonNode before, @Nullable JsonNode after, List<FieldChange> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before instanceof ObjectNode beforeObject && after instanceof ObjectNode afterObject) {
            Set<String> names = new LinkedHashSet<>();
            beforeObject.propertyNames().forEach(names::add);
            afterObject.propertyNames().forEach(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, beforeObject.get(name), afterObject.get(name), changes);
            }
            return;
        }
        if (before == null && after instanceof ObjectNode afterObject && path.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : afterObject.properties()) {
                changes.add(new FieldChange(field.getKey(), null, field.getValue()));
            }
            return;
        }
        changes.add(new FieldChange(path, isNull(before) ? null : before, isNull(after) ? null : after));
    }

    private static boolean isNull(@Nullable JsonNode node) {
        return node == null || node.isNull();
    }

    /** One entry of a record's history. */
    public record ChangeEntry(long id, ChangeAction action, String actor, Instant changedAt, long version,
            List<FieldChange> changes, @Nullable JsonNode snapshot, @Nullable String reason) {
    }
}
