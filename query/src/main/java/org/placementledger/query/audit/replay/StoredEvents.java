package org.placementledger.query.audit.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event store ({@code domain_event_entry}) in batches by global index with plain JDBC, and
 * turns the rows into event messages as Axon's own storage engine does, with the configured upcasters
 * and event serializer ({@link StoredEventMessages}). Each message's tracking token is its global index.
 */
@Component
public class StoredEvents {

    private final JdbcTemplate jdbc;
    private final Supplier<Serializer> serializer;
    private final Supplier<EventUpcaster> upcasters;
    private volatile StoredEventMessages messages;

    /** With the application's event serializer and upcaster chain, looked up when first needed. */
    @Autowired
    public StoredEvents(JdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        this(new JdbcTemplate(jdbc.getDataSource()), () -> axon.getObject().eventSerializer(),
                () -> axon.getObject().upcasterChain());
    }

    public StoredEvents(JdbcTemplate jdbc, Supplier<Serializer> serializer, Supplier<EventUpcaster> upcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    /** The global indexes in {@code candidates} that the store now holds. */
    public List<Long> present(List<Long> candidates) {
        List<Long> found = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += 500) {
            List<Long> chunk = candidates.subList(from, Math.min(candidates.size(), from + 500));
            String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            found.addAll(jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index IN ("
                    + in + ")", Long.class));
        }
        return found;
    }

    /**
     * A batch read: the messages (fewer than the rows if an upcaster dropped some), the rows read and
     * the global index of the last row.
     */
    public record Batch(List<TrackedEventMessage<?>> messages, int rows, long last) {
    }

    /** Up to {@code limit} events after global index {@code after}, in global order. */
    public Batch after(long after, int limit) {
        return messages(rows(after, limit), after);
    }

    /** The rows of {@link #after}, as read: {@link #messages} turns them into the batch. */
    List<StoredEventMessages.Row> rows(long after, int limit) {
        return jdbc.query("SELECT global_index, type, aggregate_identifier,"
                + " sequence_number, event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data"
                + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?",
                (rs, i) -> new StoredEventMessages.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                        rs.getBytes(10)), after, limit);
    }

    /** {@code rows} (read after global index {@code after}) as a batch of messages. */
    Batch messages(List<StoredEventMessages.Row> rows, long after) {
        long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).globalIndex();
        StoredEventMessages read = messages();
        List<TrackedEventMessage<?>> messages = new ArrayList<>(rows.size());
        rows.forEach(row -> read.addTo(row, messages));
        return new Batch(messages, rows.size(), last);
    }

    private StoredEventMessages messages() {
        if (messages == null) {
            messages = new StoredEventMessages(serializer.get(), upcasters.get());
        }
        return messages;
    }

    public static long position(TrackedEventMessage<?> event) {
        return ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
    }
}
