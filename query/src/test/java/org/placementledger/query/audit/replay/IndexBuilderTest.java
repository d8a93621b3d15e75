package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's index thread: on its own connection it gives the shadow tables asked for their keys
 * and indexes while another connection writes other shadow tables; {@link IndexBuilder#finish()}
 * gives the rest theirs, so every shadow table ends up shaped as its live table.
 */
class IndexBuilderTest {

    private final ReadModelTables tables = new ReadModelTables();
    private final JdbcTemplate live = ReadModelDatabase.fresh();

    private List<String> indexesOf(String table) {
        return live.queryForList("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = ?"
                + " ORDER BY 1", String.class, table.toUpperCase());
    }

    @Test
    void buildsTheTablesAskedForWhileAnotherConnectionWritesThenTheRest() throws SQLException {
        try (Connection connection = live.getDataSource().getConnection()) {
            JdbcTemplate shadow = new JdbcTemplate(new SingleConnectionDataSource(
                    ShadowConnection.of(connection, tables, TableSwap.SHADOW), true));
            tables.createTables(shadow);
            shadow.update("INSERT INTO custom_trait (name, created_at) VALUES ('CUSTOM_A', CURRENT_TIMESTAMP)");
            connection.setAutoCommit(false);
            try (IndexBuilder indexes = new IndexBuilder(live.getDataSource(), tables)) {
                indexes.build(List.of("custom_trait", "not_a_read_model"));
                // meanwhile the writer's connection fills another table, uncommitted
                shadow.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES ('rp', 'T', CURRENT_TIMESTAMP)");
                connection.commit();
                indexes.finish();
            }
            assertThatThrownBy(() -> shadow.update(
                    "INSERT INTO custom_trait (name, created_at) VALUES ('CUSTOM_A', CURRENT_TIMESTAMP)"))
                    .isInstanceOf(DuplicateKeyException.class);
            connection.rollback();
        }
        for (String table : tables.tables()) {
            assertThat(indexesOf(table + TableSwap.SHADOW)).as(table).hasSameSizeAs(indexesOf(table));
        }
        assertThat(indexesOf("rp_replay")).contains("ix_rp_name_replay", "ix_rp_parent_replay", "ix_rp_root_replay");
    }
}
