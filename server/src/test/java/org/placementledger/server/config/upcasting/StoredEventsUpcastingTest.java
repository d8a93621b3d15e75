package org.placementledger.server.config.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.audit.EventStoreTable;
import org.placementledger.query.audit.replay.StoredEvents;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay's reader ({@link StoredEvents}: rows at their class's current revision read by Jackson
 * directly, the others through the upcaster chain) gives the messages Axon's own upcast-then-
 * deserialize path gives: old renames come out as revision 2, and every message has the same
 * payload, metadata, identifier, aggregate, sequence, time and position.
 */
class StoredEventsUpcastingTest {

    private static final String RENAMED = ResourceProviderRenamedUpcaster.TYPE;
    private static final String CREATED = ResourceProviderCreatedEvent.class.getName();

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final EventUpcaster upcaster = new ResourceProviderRenamedUpcaster();
    private final JdbcTemplate jdbc = EventStoreTable.inMemory();

    private final List<Object[]> rows = List.of(
            new Object[] {CREATED, "1", "{\"uuid\":\"rp\",\"name\":\"n\",\"parentUuid\":null,\"rootUuid\":\"rp\","
                    + "\"generation\":0}", "2026-01-31T12:00:00.123Z"},
            new Object[] {RENAMED, "1", "{\"uuid\":\"rp\",\"name\":\"old-form\"}", "2026-01-31T12:00:01.000Z"},
            new Object[] {RENAMED, null, "{\"uuid\":\"rp\",\"name\":\"no-revision\"}", "2026-01-31T12:00:02Z"},
            new Object[] {RENAMED, "2", "{\"uuid\":\"rp\",\"newName\":\"current\"}", "2026-12-31T23:59:59.999Z"},
            new Object[] {CREATED, "1", "{\"uuid\":\"rp2\",\"name\":\"m\",\"parentUuid\":\"rp\",\"rootUuid\":\"rp\","
                    + "\"generation\":0}", "2026-02-28T00:00:00.000001Z"});

    private TrackedDomainEventData<byte[]> insert(long index, Object[] row) {
        return insert(index, row, "{\"correlationId\":\"c" + index + "\",\"userId\":\"admin\"}");
    }

    private TrackedDomainEventData<byte[]> insert(long index, Object[] row, String metaData) {
        byte[] payload = ((String) row[2]).getBytes(StandardCharsets.UTF_8);
        byte[] meta = metaData.getBytes(StandardCharsets.UTF_8);
        jdbc.update("INSERT INTO domain_event_entry VALUES (?, 'ResourceProvider', 'rp', ?, ?, ?, ?, ?, ?, ?)",
                index, index - 1, "event-" + index, row[3], row[0], row[1], payload, meta);
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(index), new GenericDomainEventEntry<>(
                "ResourceProvider", "rp", index - 1, "event-" + index, row[3], (String) row[0], (String) row[1],
                payload, meta));
    }

    @Test
    void theReplaysReaderGivesAxonsMessagesAndUpcastsOldForms() {
        List<TrackedDomainEventData<byte[]>> stored = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            stored.add(insert(i + 1, rows.get(i)));
        }
        List<TrackedEventMessage<?>> axon = EventUtils.upcastAndDeserializeTrackedEvents(stored.stream(), serializer,
                upcaster).toList();
        StoredEvents.Batch read = new StoredEvents(jdbc, () -> serializer, () -> upcaster).after(0, 10);

        assertThat(read.rows()).isEqualTo(5);
        assertThat(read.last()).isEqualTo(5);
        assertThat(read.messages()).hasSameSizeAs(axon);
        for (int i = 0; i < axon.size(); i++) {
            TrackedEventMessage<?> mine = read.messages().get(i);
            TrackedEventMessage<?> theirs = axon.get(i);
            assertThat(mine.getPayload()).isEqualTo(theirs.getPayload());
            // Of the metadata, the correlation id: what the projections read (ProjectionsReadNoMetaDataTest).
            Object correlation = theirs.getMetaData().get("correlationId");
            assertThat(mine.getMetaData())
                    .isEqualTo(correlation == null ? Map.of() : Map.of("correlationId", correlation));
            assertThat(mine.getIdentifier()).isEqualTo(theirs.getIdentifier());
            assertThat(mine.getTimestamp()).isEqualTo(theirs.getTimestamp());
            assertThat(mine.trackingToken()).isEqualTo(theirs.trackingToken());
            assertThat(StoredEvents.position(mine)).isEqualTo(i + 1);
            assertThat(((DomainEventMessage<?>) mine).getAggregateIdentifier()).isEqualTo("rp");
            assertThat(((DomainEventMessage<?>) mine).getSequenceNumber())
                    .isEqualTo(((DomainEventMessage<?>) theirs).getSequenceNumber()).isEqualTo(i);
            assertThat(((DomainEventMessage<?>) mine).getType()).isEqualTo("ResourceProvider");
        }
        assertThat(read.messages().subList(1, 4).stream().map(m -> (Object) m.getPayload()).toList()).containsExactly(
                new ResourceProviderRenamedEvent("rp", "old-form"), new ResourceProviderRenamedEvent("rp", "no-revision"),
                new ResourceProviderRenamedEvent("rp", "current"));
    }

    @Test
    void theCorrelationIdIsPickedOutOfEveryFormOfMetadata() {
        // Rows at their current revision (read without Axon): the quick path, blanks, the key in a nested
        // object first, an escape in the value, the key as a value, no correlation id.
        List<String> forms = List.of("{\"correlationId\":\"c1\",\"userId\":\"admin\"}",
                "{\"traceId\":\"t\", \"correlationId\" : \"c2\"}",
                "{\"trace\":{\"correlationId\":\"inner\"},\"correlationId\":\"c3\"}",
                "{\"correlationId\":\"c\\\"4\"}", "{\"userId\":\"correlationId\",\"correlationId\":\"c5\"}",
                "{\"userId\":\"admin\"}");
        for (int i = 0; i < forms.size(); i++) {
            insert(i + 1, rows.get(0), forms.get(i));
        }

        List<TrackedEventMessage<?>> read = new StoredEvents(jdbc, () -> serializer, () -> upcaster).after(0, 10)
                .messages();

        assertThat(read.stream().map(m -> m.getMetaData().get("correlationId")).toList())
                .containsExactly("c1", "c2", "c3", "c\"4", "c5", null);
        assertThat(read.get(5).getMetaData()).isEmpty();
    }
}
