package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.placementledger.api.audit.AuditEvent;
import org.placementledger.api.audit.StreamAuditEventsQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event stream read a page at a time: every event once, in global order, up to the limit. */
class EventStoreReaderTest {

    private static final int PAGE = 5;

    private final JdbcTemplate jdbc = store();
    private final EventStoreReader reader = new EventStoreReader(jdbc, PAGE);

    private static JdbcTemplate store() {
        JdbcTemplate jdbc = EventStoreTable.inMemory();
        // 23 events with a hole at 12 (a rolled-back append): providers a and b take turns.
        LongStream.rangeClosed(1, 24).filter(i -> i != 12).forEach(i -> jdbc.update(
                "INSERT INTO domain_event_entry VALUES (?, 'ResourceProvider', ?, ?, ?, ?, 'Created', '1', ?, ?)",
                i, i % 2 == 0 ? "a" : "b", i / 2, "e" + i, "2026-01-31T12:00:%02d.000Z".formatted(i),
                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)));
        return jdbc;
    }

    private List<Long> positions(long after, Long limit, String aggregateId) {
        List<AuditEvent> seen = new ArrayList<>();
        Long count = reader.stream(new StreamAuditEventsQuery(after, limit,
                aggregateId == null ? null : "ResourceProvider", aggregateId, seen::add));
        assertThat(count).isEqualTo(seen.size());
        return seen.stream().map(AuditEvent::position).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).filter(i -> i != 12).boxed().toList();
    }

    @Test
    void theWholeStreamComesOverManyPagesInGlobalOrder() {
        assertThat(positions(-1, null, null)).isEqualTo(range(1, 24));
        assertThat(positions(7, null, null)).isEqualTo(range(8, 24));
        assertThat(positions(24, null, null)).isEmpty();
    }

    @Test
    void aLimitStopsTheStreamExactlyWhereverItFallsInAPage() {
        assertThat(positions(-1, 10L, null)).isEqualTo(range(1, 10));
        assertThat(positions(-1, 12L, null)).isEqualTo(range(1, 13));
        assertThat(positions(3, 7L, null)).isEqualTo(range(4, 10));
        assertThat(positions(-1, 1000L, null)).isEqualTo(range(1, 24));
    }

    @Test
    void oneAggregatesEventsInOrderUpToTheLimit() {
        assertThat(positions(-1, null, "a")).isEqualTo(List.of(2L, 4L, 6L, 8L, 10L, 14L, 16L, 18L, 20L, 22L, 24L));
        assertThat(positions(4, 3L, "a")).isEqualTo(List.of(6L, 8L, 10L));
    }

    @Test
    void eachEventCarriesItsStoredFields() {
        List<AuditEvent> seen = new ArrayList<>();
        reader.stream(new StreamAuditEventsQuery(8, 1L, null, null, seen::add));
        AuditEvent e = seen.get(0);
        assertThat(e.position()).isEqualTo(9);
        assertThat(e.aggregateId()).isEqualTo("b");
        assertThat(e.sequenceNumber()).isEqualTo(4);
        assertThat(e.payloadJson()).isEqualTo("{\"n\":9}");
        assertThat(e.timestamp()).hasToString("2026-01-31T12:00:09Z");
    }
}
