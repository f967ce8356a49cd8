package org.chancery.source;

import java.time.Clock;
import java.util.List;

import org.chancery.audit.AuditedRecords;
import org.chancery.audit.AuditedWrites;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RuleViolationException;
import org.chancery.common.api.MergePatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Writes sources: checked, compared against the version they were made on, logged, in one
 * transaction. A source that live records cite is not deleted.
 */
@Service
@Transactional
public class SourceService implements AuditedWrites<Source, SourceCommand> {

    static final String RESOURCE = "sources";

    private final AuditedRecords<Source, SourceCommand> records;
    private final MergePatch mergePatch;
    private final JdbcClient jdbc;

    SourceService(Sources sources, ChangeLog changeLog, MergePatch mergePatch, JdbcClient jdbc, Clock clock) {
        this.records = new AuditedRecords<>(RESOURCE, "source", sources::findById, sources::saveAndFlush,
                SourceCommand::from, changeLog, clock);
        this.mergePatch = mergePatch;
        this.jdbc = jdbc;
    }

    @Override
    public Source create(SourceCommand command) {
        return records.create(new Source(command.outlet(), command.title(), command.url(), command.language(),
                command.publishedOn(), command.author()));
    }

    @Override
    public Source replace(long id, ExpectedVersion expected, SourceCommand command) {
        return records.update(id, expected, source -> source.revise(command.outlet(), command.title(), command.url(),
                command.language(), command.publishedOn(), command.author()));
    }

    /** Applies a JSON merge patch (RFC 7396) to the source's current form, then replaces it. */
    @Override
    public Source patch(long id, ExpectedVersion expected, JsonNode patch) {
        Source source = records.live(id, expected);
        SourceCommand patched = mergePatch.apply(SourceCommand.from(source), patch, SourceCommand.class);
        return replace(id, ExpectedVersion.of(source.getVersion()), patched);
    }

    /** @throws RuleViolationException while live records cite the source */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Source source = records.live(id, expected);
        citedBy(id).references().refuseDeletion("source-cited", "This source is cited by",
                "cite another source there (or delete those records) first.");
        records.delete(source, reason);
    }

    @Override
    public Source restore(long id) {
        return records.restore(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Source live(long id) {
        return records.live(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChangeLog.ChangeEntry> history(long id) {
        return records.history(id);
    }

    private CitedBy citedBy(long id) {
        return jdbc.sql("select " + CitedBy.COLUMNS + " from source s where s.id = :id")
                .param("id", id).query((row, number) -> CitedBy.from(row)).single();
    }
}
