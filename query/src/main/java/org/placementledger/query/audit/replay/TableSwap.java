package org.placementledger.query.audit.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Swaps the shadow read models (tables and indexes named with {@link #SHADOW}) in for the live ones
 * by renaming: live to {@link #RETIRED}, shadow to live. Renames touch the catalogue only, so the
 * swap takes milliseconds whatever the tables hold. PostgreSQL runs them in one transaction (its DDL
 * is transactional: readers see the old tables or the new); H2 commits each DDL statement, so there
 * the caller holds queries back meanwhile, and a failed rename puts back the ones done. The primary
 * keys' names are the database's own (H2 and PostgreSQL generate them; no script names them).
 */
final class TableSwap {

    static final String SHADOW = "_replay";
    static final String RETIRED = "_retired";

    private static final Logger LOG = LoggerFactory.getLogger(TableSwap.class);

    private record Rename(String kind, String from, String to) {
        String sql() {
            return "ALTER " + kind + " " + from + " RENAME TO " + to;
        }

        Rename back() {
            return new Rename(kind, to, from);
        }
    }

    private final ReadModelTables tables;

    TableSwap(ReadModelTables tables) {
        this.tables = tables;
    }

    /** Drops the shadow and retired tables (with their indexes), left by this replay or an interrupted one. */
    void dropSpares(JdbcTemplate jdbc) {
        for (String table : tables.tables()) {
            jdbc.execute("DROP TABLE IF EXISTS " + table + SHADOW);
            jdbc.execute("DROP TABLE IF EXISTS " + table + RETIRED);
        }
    }

    /** Renames live to retired and shadow to live, table by table; all or nothing. */
    void swap(Connection connection) throws SQLException {
        List<Rename> done = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (Rename rename : renames()) {
                statement.execute(rename.sql());
                done.add(rename);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            if (connection.getMetaData().dataDefinitionCausesTransactionCommit()) {
                undo(connection, done);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private List<Rename> renames() {
        List<Rename> renames = new ArrayList<>();
        for (String table : tables.tables()) {
            renames.add(new Rename("TABLE", table, table + RETIRED));
            tables.indexes(table).forEach(ix -> renames.add(new Rename("INDEX", ix, ix + RETIRED)));
            renames.add(new Rename("TABLE", table + SHADOW, table));
            tables.indexes(table).forEach(ix -> renames.add(new Rename("INDEX", ix + SHADOW, ix)));
        }
        return renames;
    }

    private static void undo(Connection connection, List<Rename> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Rename back = done.get(i).back();
            try (Statement statement = connection.createStatement()) {
                statement.execute(back.sql());
            } catch (SQLException e) {
                LOG.error("Replay swap: could not undo a rename ({}); run the replay again", back.sql(), e);
            }
        }
    }
}
