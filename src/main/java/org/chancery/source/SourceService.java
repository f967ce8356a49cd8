package org.chancery.source;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.MergePatch;
import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
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

    /** @throws SameArticleException when the record already holds the article */
    @Override
    public Source create(SourceCommand command) {
        refuseSameArticle(command, null);
        return records().create(new Source(command.outlet(), command.title(), command.url(), command.language(),
                command.publishedOn(), command.author()));
    }

    /** @throws SameArticleException when another source already stands for the article */
    @Override
    public Source replace(long id, ExpectedVersion expected, SourceCommand command) {
        return records().update(id, expected, source -> {
            refuseSameArticle(command, id);
            source.revise(command.outlet(), command.title(), command.url(), command.language(), command.publishedOn(),
                    command.author());
        });
    }

    /** @throws RuleViolationException while live records cite the source */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Source source = records().live(id, expected);
        citedBy(id).references().refuseDeletion("source-cited", "This source is cited by",
                "cite another source there (or delete those records) first.");
        records().delete(source, reason);
    }

    /**
     * The live source that stands for the same article as {@code command} (the same address once
     * normalised, or without one the same outlet if any, title and day), if there is one; {@code source_identity} in
     * the schema says what "the same" is, and a unique index holds it.
     */
    public Optional<KnownArticle> sameArticle(SourceCommand command) {
        return jdbc.sql("""
                        select id, title from source
                         where deleted_at is null
                           and identity_key = source_identity(:url, :outlet, :title, :publishedOn)""")
                .param("url", command.url())
                .param("outlet", command.outlet())
                .param("title", command.title())
                .param("publishedOn", command.publishedOn())
                .query((row, number) -> new KnownArticle(row.getLong("id"), row.getString("title")))
                .optional();
    }

    private void refuseSameArticle(SourceCommand command, @Nullable Long id) {
        Optional<KnownArticle> same = sameArticle(command);
        if (same.isPresent() && !Objects.equals(same.get().id(), id)) {
            throw new SameArticleException(same.get());
        }
    }

    /** A source the record holds for an article: its id and title. */
    public record KnownArticle(long id, String title) {
    }

    private CitedBy citedBy(long id) {
        return jdbc.sql("select " + CitedBy.COLUMNS + " from source s where s.id = :id")
                .param("id", id).query((row, number) -> CitedBy.from(row)).single();
    }
}
