package org.chancery.topic.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.chancery.common.Bilingual;
import org.chancery.common.query.CodePosition;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The vocabulary's read side: topics by code, in keyset pages like every list. */
@Component
@Transactional(readOnly = true)
class TopicListing implements Listing<TopicListing.AllTopics, CodePosition, TopicResponse> {

    /** The topics list has no filter. */
    enum AllTopics { ALL }

    private final TableReads<TopicResponse> reads;

    TopicListing(JdbcClient jdbc) {
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("topic", "t", "code", "topic"),
                "t.code, t.name_en, t.name_ru, t.version, t.updated_at", (row, number) -> response(row));
    }

    @Override
    public KeysetPage<TopicResponse> page(AllTopics filter, @Nullable CodePosition after, int limit) {
        WhereClause where = reads.live();
        if (after != null) {
            after.after(where, "t.code");
        }
        return reads.page(where, "t.code", limit, topic -> new CodePosition(topic.code()).cursor());
    }

    @Override
    public long count(AllTopics filter) {
        return reads.count(reads.live());
    }

    TopicResponse get(String code) {
        return reads.get(code);
    }

    private static TopicResponse response(ResultSet row) throws SQLException {
        return new TopicResponse(row.getString("code"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getLong("version"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
