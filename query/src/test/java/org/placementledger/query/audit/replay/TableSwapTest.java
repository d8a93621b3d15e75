package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The rename swap on H2 (which commits each DDL statement): the shadow table set, built through a
 * {@link ShadowConnection} by the read-model scripts, takes the live names with its rows and its
 * indexes under the scripts' names; the live set keeps its rows under the retired names. A swap that
 * fails half-way puts back every rename it did.
 */
class TableSwapTest {

    private final ReadModelTables tables = new ReadModelTables();
    private final TableSwap swap = new TableSwap(tables);
    private final JdbcTemplate live = ReadModelDatabase.fresh();

    private JdbcTemplate shadow(Connection connection) {
        return new JdbcTemplate(new SingleConnectionDataSource(
                ShadowConnection.of(connection, tables, TableSwap.SHADOW), true));
    }

    private List<String> indexesOf(String table) {
        return live.queryForList("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = ?"
                + " AND INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY 1", String.class, table.toUpperCase());
    }

    private long count(String table) {
        return live.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void theShadowTakesTheLiveNamesWithItsRowsAndIndexes() throws SQLException {
        live.update("INSERT INTO custom_trait VALUES ('CUSTOM_OLD', CURRENT_TIMESTAMP)");
        try (Connection connection = live.getDataSource().getConnection()) {
            JdbcTemplate shadow = shadow(connection);
            tables.createTables(shadow);
            shadow.update("INSERT INTO custom_trait VALUES ('CUSTOM_NEW', CURRENT_TIMESTAMP)");
            shadow.update("INSERT INTO custom_trait VALUES ('CUSTOM_NEWER', CURRENT_TIMESTAMP)");
            tables.createIndexes(shadow);
            assertThat(count("custom_trait")).isEqualTo(1);
            assertThat(count("custom_trait_replay")).isEqualTo(2);

            swap.swap(connection);
        }
        assertThat(live.queryForList("SELECT name FROM custom_trait ORDER BY 1", String.class))
                .containsExactly("CUSTOM_NEW", "CUSTOM_NEWER");
        assertThat(live.queryForList("SELECT name FROM custom_trait_retired", String.class)).containsExactly("CUSTOM_OLD");
        assertThat(indexesOf("rp")).containsExactly("ix_rp_name", "ix_rp_parent", "ix_rp_root");
        assertThat(indexesOf("rp_retired")).containsExactly("ix_rp_name_retired", "ix_rp_parent_retired",
                "ix_rp_root_retired");
        assertThat(indexesOf("custom_resource_class")).containsExactly("ux_custom_resource_class_name");

        swap.dropSpares(live);
        assertThat(live.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE '%_RETIRED'"
                + " OR TABLE_NAME LIKE '%_REPLAY'", Long.class)).isZero();
        // A second shadow set can be built beside the swapped-in tables: no name is left taken.
        try (Connection connection = live.getDataSource().getConnection()) {
            tables.createTables(shadow(connection));
            tables.createIndexes(shadow(connection));
        }
    }

    /** Each table's primary key columns, in key order, and its columns with their types and nullability. */
    private List<String> shapeOf(String table) {
        List<String> shape = new java.util.ArrayList<>(live.queryForList("SELECT 'key ' || LOWER(k.COLUMN_NAME)"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND k.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_NAME = ? AND c.CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY k.ORDINAL_POSITION",
                String.class, table.toUpperCase()));
        shape.addAll(live.queryForList("SELECT LOWER(COLUMN_NAME) || ' ' || DATA_TYPE || ' ' || IS_NULLABLE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                String.class, table.toUpperCase()));
        return shape;
    }

    @Test
    void theShadowTablesGetTheLiveKeysAndColumnsOnceIndexed() throws SQLException {
        try (Connection connection = live.getDataSource().getConnection()) {
            JdbcTemplate shadow = shadow(connection);
            tables.createTables(shadow);
            assertThat(shapeOf("rp_replay")).noneMatch(line -> line.startsWith("key "));
            tables.createIndexes(shadow);
        }
        for (String table : tables.tables()) {
            assertThat(shapeOf(table + TableSwap.SHADOW)).as(table).isEqualTo(shapeOf(table));
        }
        assertThat(shapeOf("allocation")).startsWith("key consumer_uuid", "key rp_uuid", "key resource_class");
        assertThat(shapeOf("rp")).startsWith("key uuid", "uuid CHARACTER VARYING NO");
    }

    @Test
    void aSwapThatFailsHalfWayPutsTheLiveTablesBack() throws SQLException {
        live.update("INSERT INTO custom_trait VALUES ('CUSTOM_OLD', CURRENT_TIMESTAMP)");
        try (Connection connection = live.getDataSource().getConnection()) {
            JdbcTemplate shadow = shadow(connection);
            tables.createTables(shadow);
            tables.createIndexes(shadow);
            shadow.execute("DROP TABLE consumer_history");  // the last table's rename fails

            assertThatThrownBy(() -> swap.swap(connection)).isInstanceOf(SQLException.class);
        }
        assertThat(live.queryForList("SELECT name FROM custom_trait", String.class)).containsExactly("CUSTOM_OLD");
        assertThat(count("custom_trait_replay")).isZero();
        assertThat(indexesOf("rp")).containsExactly("ix_rp_name", "ix_rp_parent", "ix_rp_root");
        assertThat(indexesOf("consumer_history")).containsExactly("ix_consumer_history",
                "ix_consumer_history_project");
        assertThat(live.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE '%_RETIRED'",
                Long.class)).isZero();
    }
}
