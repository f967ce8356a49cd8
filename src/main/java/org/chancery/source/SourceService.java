package org.chancery.source;

import java.time.Clock;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.MergePatch;
import org.chancery.common.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Writes sources: checked, compared against the version they were made on, logged, in one
 * transaction. A source that live records cite is not deleted.
 */
@Service
@Transactional
public class SourceService extends AuditedRecordService<Source, SourceCommand> {

    static final String RESOURCE = "sources";

    private final JdbcClient jdbc;

    SourceService(Sources sources, ChangeLog changeLog, MergePatch mergePatch, JdbcClient jdbc, Clock clock) {
        super(new AuditedRecords<>(RESOURCE, "source", sources::findById, sources::saveAndFlush,
                SourceCommand::from, changeLog, clock), mergePatch, SourceCommand.class);
        this.jdbc = jdbc;
    }

    @Override
    public Source create(SourceCommand command) {
        return records().create(new Source(command.outlet(), command.title(), command.url(), command.language(),
                command.publishedOn(), command.author()));
    }

    @Override
    public Source replace(long id, ExpectedVersion expected, SourceCommand command) {
        return records().update(id, expected, source -> source.revise(command.outlet(), command.title(), command.url(),
                command.language(), command.publishedOn(), command.author()));
    }

    /** @throws RuleViolationException while live records cite the source */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Source source = records().live(id, expected);
        citedBy(id).references().refuseDeletion("source-cited", "This source is cited by",
                "cite another source there (or delete those records) first.");
        records().delete(source, reason);
    }

    private CitedBy citedBy(long id) {
        return jdbc.sql("select " + CitedBy.COLUMNS + " from source s where s.id = :id")
                .param("id", id).query((row, number) -> CitedBy.from(row)).single();
    }
}
