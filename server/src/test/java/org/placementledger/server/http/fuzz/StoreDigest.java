package org.placementledger.server.http.fuzz;

import java.sql.ResultSetMetaData;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/** What is stored: the number of events and an order-independent digest of every read-model and registry table. */
final class StoreDigest {

    private static final List<String> TABLES = List.of("rp", "rp_inventory", "rp_trait", "rp_aggregate",
            "custom_resource_class", "custom_trait", "allocation", "consumer", "provider_history",
            "inventory_history", "consumer_history", "provider_registry",
            "resource_class_registry", "trait_registry");

    record State(long events, long rows, long digest) {
    }

    private final JdbcTemplate jdbc;

    StoreDigest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    State state() {
        Long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        long[] rowsAndDigest = new long[2];
        for (String table : TABLES) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                long row = table.hashCode();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row = row * 1_000_003L + Objects.hashCode(rs.getString(c));
                }
                rowsAndDigest[0]++;
                rowsAndDigest[1] += row * 0x9E3779B97F4A7C15L;
            });
        }
        return new State(events == null ? 0 : events, rowsAndDigest[0], rowsAndDigest[1]);
    }
}
