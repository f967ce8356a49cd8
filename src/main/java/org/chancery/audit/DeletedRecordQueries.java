package org.chancery.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.chancery.common.query.KeysetCursor;
import org.chancery.common.query.KeysetPage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What has been deleted, of every kind of record, newest deletion first: what an admin looks
 * through to restore a record deleted by mistake. Each table is read through its partial index
 * of deleted rows ({@code V143}), so the list costs the same at a million events as at twenty.
 */
@Component
public class DeletedRecordQueries {

    static final String ORDER = "deleted";

    /** A deleted record: its resource ({@code events}, {@code sources} …), id, name in both languages, and who deleted it when and why. */
    public record DeletedRecord(String resource, long id, @Nullable String nameEn, @Nullable String nameRu,
            Instant deletedAt, @Nullable String deletedBy, @Nullable String reason) {

        /** The record's address, which answers 410 with the restore button for admins. */
        public String address() {
            return "/" + resource + "/" + id;
        }
    }

    private static final String EACH_TABLE = """
            (select '%1$s' as resource, id, %2$s as name_en, %3$s as name_ru, deleted_at, deleted_by, deletion_reason
               from %4$s
              where deleted_at is not null
                and (cast(:at as timestamptz) is null
                     or (deleted_at, '%1$s', id) < (cast(:at as timestamptz), cast(:resource as text), cast(:id as bigint)))
              order by deleted_at desc, id desc
              limit :limit)""";

    private static final String LIST = String.join("\nunion all\n",
            EACH_TABLE.formatted("agreements", "name_en", "name_ru", "agreement"),
            EACH_TABLE.formatted("events", "title_en", "title_ru", "event"),
            EACH_TABLE.formatted("figures", "reporter_code || '–' || partner_code || ', ' || indicator || ', '"
                    + " || to_char(period_earliest, 'YYYY')", "reporter_code || '–' || partner_code || ', ' || indicator"
                    + " || ', ' || to_char(period_earliest, 'YYYY')", "economic_figure"),
            EACH_TABLE.formatted("institutions", "name_en", "name_ru", "institution"),
            EACH_TABLE.formatted("persons", "name_en", "name_ru", "person"),
            EACH_TABLE.formatted("sources", "title", "title", "source"))
            + "\norder by deleted_at desc, resource desc, id desc limit :limit";

    /** Where a page of the list ends: the last row's deletion, resource and id. */
    private record Position(OffsetDateTime at, String resource, long id) {

        /** @throws IllegalArgumentException if the cursor is not one this list made */
        static Position of(KeysetCursor cursor) {
            if (!cursor.order().equals(ORDER) || cursor.keys().size() != 3 || cursor.keys().contains(null)) {
                throw new IllegalArgumentException("not a cursor of the deleted records");
            }
            try {
                return new Position(OffsetDateTime.parse(cursor.key(0)), cursor.key(1), Long.parseLong(cursor.key(2)));
            } catch (DateTimeParseException | NumberFormatException unreadable) {
                throw new IllegalArgumentException("not a cursor of the deleted records", unreadable);
            }
        }
    }

    private final JdbcClient jdbc;

    DeletedRecordQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code size} deleted records after {@code after} (null: from the newest deletion). */
    @Transactional(readOnly = true)
    public KeysetPage<DeletedRecord> newestFirst(int size, @Nullable KeysetCursor after) {
        @Nullable Position from = after == null ? null : Position.of(after);
        List<DeletedRecord> rows = jdbc.sql(LIST)
                .param("at", from == null ? null : from.at())
                .param("resource", from == null ? null : from.resource())
                .param("id", from == null ? null : from.id())
                .param("limit", size + 1)
                .query((row, number) -> new DeletedRecord(row.getString("resource"), row.getLong("id"),
                        row.getString("name_en"), row.getString("name_ru"),
                        row.getObject("deleted_at", OffsetDateTime.class).toInstant(), row.getString("deleted_by"),
                        row.getString("deletion_reason")))
                .list();
        return KeysetPage.cut(rows, size, last -> KeysetCursor.of(ORDER, last.deletedAt().atOffset(ZoneOffset.UTC),
                last.resource(), last.id()));
    }
}
