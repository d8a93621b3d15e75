package org.placementledger.query.audit;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** An empty event store table ({@code domain_event_entry}, Axon's columns) in a fresh in-memory H2. */
public final class EventStoreTable {

    private EventStoreTable() {
    }

    public static JdbcTemplate inMemory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, type VARCHAR(255),"
                + " aggregate_identifier VARCHAR(255), sequence_number BIGINT, event_identifier VARCHAR(255),"
                + " time_stamp VARCHAR(255), payload_type VARCHAR(255), payload_revision VARCHAR(255),"
                + " payload BLOB, meta_data BLOB)");
        return jdbc;
    }
}
