package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's INSERT of column arrays on H2: only an INSERT of parameters, with one plain type per
 * column, is rewritten; the rows it writes are those a JDBC batch writes, value for value (nulls,
 * fractions, timestamps with and without a zone).
 */
class ColumnArrayInsertTest {

    private static final String INVENTORY = "INSERT INTO inventory_history (rp_uuid, resource_class, total, reserved,"
            + " min_unit, max_unit, step_size, allocation_ratio, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONSUMER = "INSERT INTO consumer_history (consumer_uuid, generation, project_id,"
            + " user_id, consumer_type, valid_from, valid_to, allocations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ALLOCATION = "INSERT INTO allocation (consumer_uuid, rp_uuid, resource_class, used,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";

    @Test
    void anInsertOfParametersOnlyBecomesOneInsertOfColumnArrays() {
        ColumnArrayInsert.Statement statement = ColumnArrayInsert.of(ALLOCATION, List.of(
                new Object[] {"c1", "rp", "VCPU", 1L, new Timestamp(0), new Timestamp(1)},
                new Object[] {"c2", "rp", "VCPU", 2L, new Timestamp(2), new Timestamp(3)}));

        assertThat(statement.sql()).isEqualTo("INSERT INTO allocation (consumer_uuid, rp_uuid, resource_class, used,"
                + " created_at, updated_at) SELECT * FROM UNNEST(?, ?, ?, ?, ?, ?)");
        assertThat(statement.columns()[0]).isEqualTo(new String[] {"c1", "c2"});
        assertThat(statement.columns()[3]).isEqualTo(new Long[] {1L, 2L});
        assertThat(statement.columns()[5]).isInstanceOf(Timestamp[].class);
    }

    @Test
    void anyOtherInsertIsLeftToTheBatch() {
        List<Object[]> one = Collections.singletonList(new Object[] {"CUSTOM_A"});
        assertThat(ColumnArrayInsert.of("INSERT INTO custom_trait (name, created_at) VALUES (?, CURRENT_TIMESTAMP)",
                one)).isNull();
        assertThat(ColumnArrayInsert.of("UPDATE custom_trait SET name = ?", one)).isNull();
        assertThat(ColumnArrayInsert.of("INSERT INTO custom_trait (name) VALUES (?)", List.of())).isNull();
        // A column of two types, a type not listed, rows of another width, more rows than an array holds.
        assertThat(ColumnArrayInsert.of("INSERT INTO t (a) VALUES (?)", List.of(new Object[] {1L}, new Object[] {1})))
                .isNull();
        assertThat(ColumnArrayInsert.of("INSERT INTO t (a) VALUES (?)", List.<Object[]>of(new Object[] {new Date()})))
                .isNull();
        assertThat(ColumnArrayInsert.of("INSERT INTO t (a, b) VALUES (?, ?)", List.<Object[]>of(new Object[] {1L})))
                .isNull();
        assertThat(ColumnArrayInsert.of("INSERT INTO t (a) VALUES (?)",
                Collections.nCopies(ColumnArrayInsert.MAX_ROWS + 1, new Object[] {1L}))).isNull();
        // A column of nulls only is still one statement.
        assertThat(ColumnArrayInsert.of("INSERT INTO t (a, b) VALUES (?, ?)",
                List.of(new Object[] {null, 1L}, new Object[] {null, 2L}))).isNotNull();
    }

    @Test
    void theRowsWrittenAreThoseOfAJdbcBatch() throws SQLException {
        List<Object[]> inventories = new ArrayList<>();
        List<Object[]> consumers = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.of(2026, 12, 7, 18, 0, 0, 123_000_000, ZoneOffset.UTC);
        for (int i = 0; i < 300; i++) {
            OffsetDateTime from = t.plusSeconds(i).withOffsetSameInstant(ZoneOffset.ofHours(i % 3));
            inventories.add(new Object[] {"rp-" + i, "VCPU", 8L + i, 0L, 1L, 8L, 1L, i % 2 == 0 ? 1.5 : 0.1 * i, from,
                    from.plusNanos(1_000_000)});
            consumers.add(new Object[] {"c-" + i, (long) i, "project", "user", i % 2 == 0 ? null : "INSTANCE", from,
                    from.plusSeconds(1 + i % 3), "rp-" + i + ":VCPU=" + i});
            allocations.add(new Object[] {"c-" + i, "rp-" + i, "VCPU", (long) i,
                    Timestamp.from(from.toInstant()), Timestamp.from(from.toInstant().plusNanos(456_789))});
        }

        JdbcTemplate batch = ReadModelDatabase.fresh();
        batch.batchUpdate(INVENTORY, inventories);
        batch.batchUpdate(CONSUMER, consumers);
        batch.batchUpdate(ALLOCATION, allocations);

        JdbcTemplate arrays = ReadModelDatabase.fresh();
        try (Connection connection = arrays.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (WriteBehind writes = new WriteBehind(new SingleConnectionDataSource(connection, true))) {
                writes.batchUpdate(INVENTORY, inventories);
                writes.batchUpdate(CONSUMER, consumers);
                writes.batchUpdate(ALLOCATION, allocations);
                writes.drain();
            }
            connection.commit();
        }

        for (String table : List.of("inventory_history", "consumer_history", "allocation")) {
            TableDigest.Result expected = TableDigest.of(batch, table);
            assertThat(expected.rows()).isEqualTo(300);
            assertThat(TableDigest.of(arrays, table)).as(table).isEqualTo(expected);
        }
        // Not only the canonical text: the stored values themselves.
        assertThat(arrays.queryForList("SELECT * FROM consumer_history ORDER BY consumer_uuid"))
                .isEqualTo(batch.queryForList("SELECT * FROM consumer_history ORDER BY consumer_uuid"));
        assertThat(arrays.queryForList("SELECT * FROM inventory_history ORDER BY rp_uuid"))
                .isEqualTo(batch.queryForList("SELECT * FROM inventory_history ORDER BY rp_uuid"));
    }
}
