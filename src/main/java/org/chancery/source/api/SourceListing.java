package org.chancery.source.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.source.CitedBy;
import org.chancery.source.api.SourceListParameters.SourceFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources' read side: one statement a page, the counts of what cites each source
 * included, newest published first (undated last), cut by keyset on (published day, id).
 */
@Component
@Transactional(readOnly = true)
class SourceListing implements Listing<SourceFilter, SourcePosition, SourceResponse> {

    private final TableReads<SourceResponse> reads;

    SourceListing(JdbcClient jdbc) {
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("source", "s", "source"), """
                s.id, s.outlet, s.title, s.url, s.language, s.published_on, s.author, s.version, s.updated_at,
                s.deleted_at,
                """ + CitedBy.COLUMNS, (row, number) -> response(row));
    }

    @Override
    public KeysetPage<SourceResponse> page(SourceFilter filter, @Nullable SourcePosition after, int limit) {
        WhereClause where = matching(filter, reads.live());
        if (after != null && after.publishedOn() == null) {
            where.and("s.published_on is null and s.id < :afterId", "afterId", after.id());
        } else if (after != null) {
            where.parameter("afterPublished", after.publishedOn()).parameter("afterId", after.id())
                    .and("(s.published_on < :afterPublished or (s.published_on = :afterPublished and s.id < :afterId)"
                            + " or s.published_on is null)");
        }
        return reads.page(where, "s.published_on desc nulls last, s.id desc", limit,
                source -> new SourcePosition(source.publishedOn(), source.id()).cursor());
    }

    @Override
    public long count(SourceFilter filter) {
        return reads.count(matching(filter, reads.live()));
    }

    @Override
    public KeysetPage<ChangedRecord<SourceResponse>> changesSince(SourceFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, SourceResponse::id,
                SourceResponse::updatedAt);
    }

    /** A live source. */
    SourceResponse get(long id) {
        return reads.get(id);
    }

    private static WhereClause matching(SourceFilter filter, WhereClause where) {
        if (filter.text() != null) {
            where.and("(s.title ilike :text or s.outlet ilike :text or s.author ilike :text)",
                    "text", WhereClause.containing(filter.text()));
        }
        if (filter.language() != null) {
            where.and("lower(s.language) = lower(:language)", "language", filter.language());
        }
        if (filter.publishedFrom() != null) {
            where.and("s.published_on >= :publishedFrom", "publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            where.and("s.published_on <= :publishedTo", "publishedTo", filter.publishedTo());
        }
        return where;
    }

    private static SourceResponse response(ResultSet row) throws SQLException {
        return new SourceResponse(row.getLong("id"), row.getString("outlet"), row.getString("title"), row.getString("url"),
                row.getString("language"), row.getObject("published_on", LocalDate.class), row.getString("author"),
                CitedBy.from(row), row.getLong("version"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
