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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads Axon's event store table ({@code domain_event_entry}, the JPA storage engine's) in global
 * order. The whole stream is read and handed to the sink a page of {@value #PAGE} rows at a time,
 * each page a short range read on the primary key: H2 gathers a query's whole result before its first
 * row, so one query over millions of events would wait, and spill, before the export sent a byte; and
 * no statement stays open for the export's length. At most one page is held at a time.
 */
@Component
public class EventStoreReader {

    static final int PAGE = 1000;
    private static final String COLUMNS = "global_index, time_stamp, payload_type, payload_revision, type,"
            + " aggregate_identifier, sequence_number, payload, meta_data";

    private final JdbcTemplate jdbc;
    private final int page;

    @Autowired
    public EventStoreReader(JdbcTemplate shared) {
        this(shared, PAGE);
    }

    EventStoreReader(JdbcTemplate shared, int page) {
        this.jdbc = new JdbcTemplate(shared.getDataSource());
        this.page = page;
    }

    @QueryHandler
    public Long stream(StreamAuditEventsQuery query) {
        if (query.aggregateId() != null) {
            return aggregate(query);
        }
        long count = 0;
        long after = query.after();
        while (query.limit() == null || count < query.limit()) {
            int size = query.limit() == null ? page : (int) Math.min(page, query.limit() - count);
            List<AuditEvent> read = jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry"
                    + " WHERE global_index > ? ORDER BY global_index LIMIT ?", (rs, row) -> event(rs), after, size);
            read.forEach(query.sink());
            count += read.size();
            if (read.size() < size) {
                break;
            }
            after = read.get(read.size() - 1).position();
        }
        return count;
    }

    /**
     * One aggregate's events (a page of its history: the caller gives a limit). They are in global
     * order when in sequence order: this walks Axon's (aggregate_identifier, sequence_number) index
     * and stops at the limit.
     */
    private Long aggregate(StreamAuditEventsQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?"
                + " AND aggregate_identifier = ? AND type = ? ORDER BY sequence_number");
        List<Object> args = new ArrayList<>(List.of(query.after(), query.aggregateId(), query.aggregateType()));
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
