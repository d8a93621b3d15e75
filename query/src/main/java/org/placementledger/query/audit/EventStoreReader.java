package org.placementledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.audit.AuditEvent;
import org.placementledger.api.audit.AuditEventList;
import org.placementledger.api.audit.FindLatestAuditEventsQuery;
import org.placementledger.api.audit.StreamAuditEventsQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads Axon's event store table ({@code domain_event_entry}, the JPA storage engine's) in global
 * order, row by row: the driver fetches {@value #FETCH_SIZE} rows at a time (PostgreSQL uses a
 * cursor, as the query bus runs this in a transaction) and each row goes to the sink at once.
 */
@Component
public class EventStoreReader {

    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = "global_index, time_stamp, payload_type, payload_revision, type,"
            + " aggregate_identifier, sequence_number, payload, meta_data";

    private final JdbcTemplate jdbc;

    public EventStoreReader(JdbcTemplate shared) {
        this.jdbc = new JdbcTemplate(shared.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @QueryHandler
    public Long stream(StreamAuditEventsQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?");
        List<Object> args = new ArrayList<>(List.of(query.after()));
        if (query.aggregateId() != null) {
            // One aggregate's events are in global order when in sequence order: this walks Axon's
            // (aggregate_identifier, sequence_number) index and stops at the limit.
            sql.append(" AND aggregate_identifier = ? AND type = ? ORDER BY sequence_number");
            args.add(query.aggregateId());
            args.add(query.aggregateType());
        } else {
            sql.append(" ORDER BY global_index");
        }
        if (query.limit() != null) {
            sql.append(" LIMIT ?");
            args.add(query.limit());
        }
        long[] count = {0};
        jdbc.query(sql.toString(), rs -> {
            query.sink().accept(event(rs));
            count[0]++;
        }, args.toArray());
        return count[0];
    }

    @QueryHandler
    public AuditEventList latest(FindLatestAuditEventsQuery query) {
        return new AuditEventList(jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry"
                + " ORDER BY global_index DESC LIMIT ?", (rs, row) -> event(rs), query.limit()));
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), text(rs.getBytes(8)), text(rs.getBytes(9)));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
