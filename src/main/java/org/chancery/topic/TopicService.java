package org.chancery.topic;

import java.util.List;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.MergePatch;
import org.chancery.common.RecordExistsException;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.References;
import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Writes the topic vocabulary: created under a code that never changes, renamed against the
 * version read, deleted for good only while no event uses the topic, each change logged
 * under the code in one transaction.
 */
@Service
@Transactional
public class TopicService {

    static final String RESOURCE = "topics";

    private final Topics topics;
    private final ChangeLog changeLog;
    private final MergePatch mergePatch;
    private final JdbcClient jdbc;

    TopicService(Topics topics, ChangeLog changeLog, MergePatch mergePatch, JdbcClient jdbc) {
        this.topics = topics;
        this.changeLog = changeLog;
        this.mergePatch = mergePatch;
        this.jdbc = jdbc;
    }

    /** @throws RecordExistsException if a topic has this code already */
    public Topic create(TopicCommand command) {
        String code = command.code();
        if (code == null) {
            throw InvalidRequestException.of("code", "a new topic needs its code, such as food-security");
        }
        if (topics.existsByCode(code)) {
            throw new RecordExistsException("topic", code);
        }
        Topic saved = topics.saveAndFlush(new Topic(code, command.name().en(), command.name().ru()));
        log(saved, ChangeAction.CREATED, null, null);
        return saved;
    }

    /** Replaces the names; the code, if given, must be the topic's own. */
    public Topic rename(String code, ExpectedVersion expected, TopicCommand command) {
        Topic topic = current(code, expected);
        if (command.code() != null && !command.code().equals(code)) {
            throw InvalidRequestException.of("code", "the code is the topic's key and does not change; "
                    + "create a topic under the new code instead");
        }
        TopicCommand before = TopicCommand.from(topic);
        topic.rename(command.name().en(), command.name().ru());
        Topic saved = topics.saveAndFlush(topic);
        log(saved, ChangeAction.UPDATED, before, null);
        return saved;
    }

    /** Applies a JSON merge patch (RFC 7396) to the topic's current form, then renames it. */
    public Topic patch(String code, ExpectedVersion expected, JsonNode patch) {
        Topic topic = current(code, expected);
        TopicCommand patched = mergePatch.apply(TopicCommand.from(topic), patch, TopicCommand.class);
        return rename(code, ExpectedVersion.of(topic.getVersion()), patched);
    }

    /**
     * Puts the names the history kept at {@code version} back in place, as a new version.
     *
     * @throws RecordNotFoundException if the history holds no such version of the topic
     */
    public Topic revert(String code, long version) {
        Topic topic = live(code);
        JsonNode earlier = ChangeLog.snapshotAt(changeLog.historyOf(RESOURCE, code), version)
                .orElseThrow(() -> RecordNotFoundException.because("The topic " + code + " has no version " + version + "."));
        return rename(code, ExpectedVersion.of(topic.getVersion()), mergePatch.read(earlier, TopicCommand.class));
    }

    /** @throws RuleViolationException while events (deleted ones too) are tagged with the topic */
    public void delete(String code, ExpectedVersion expected, String reason) {
        Topic topic = current(code, expected);
        jdbc.sql("""
                select count(*) filter (where e.deleted_at is null) as live, count(*) filter (where e.deleted_at is not null) as deleted
                  from event_topic et join event e on e.id = et.event_id where et.topic_code = :code""")
                .param("code", code)
                .query((row, number) -> new References().count(row.getLong("live"), "event", "events")
                        .count(row.getLong("deleted"), "deleted event", "deleted events"))
                .single()
                .refuseDeletion("topic-in-use", "This topic tags",
                        "a topic is deleted only while nothing uses it (a deleted event may be restored).");
        TopicCommand before = TopicCommand.from(topic);
        topics.delete(topic);
        changeLog.record(RESOURCE, code, ChangeAction.DELETED, before, before, topic.getVersion(), reason);
    }

    @Transactional(readOnly = true)
    public Topic live(String code) {
        return topics.findById(code).orElseThrow(() -> RecordNotFoundException.forKey("topic", "code", code));
    }

    /** The topic's history, oldest first; kept, and shown, after the topic is deleted. */
    @Transactional(readOnly = true)
    public List<ChangeLog.ChangeEntry> history(String code) {
        List<ChangeLog.ChangeEntry> history = changeLog.historyOf(RESOURCE, code);
        if (history.isEmpty()) {
            live(code);
        }
        return history;
    }

    private Topic current(String code, ExpectedVersion expected) {
        Topic topic = live(code);
        expected.check(topic.getVersion());
        return topic;
    }

    private void log(Topic saved, ChangeAction action, @Nullable TopicCommand before, @Nullable String reason) {
        changeLog.record(RESOURCE, saved.getCode(), action, before, TopicCommand.from(saved), saved.getVersion(), reason);
    }
}
