package org.placementledger.server.config.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;

/**
 * Old stored forms of ResourceProviderRenamedEvent read back as revision 2, through Axon's own
 * upcast-then-deserialize path (the one the event store and the replay use), from stored bytes.
 */
class ResourceProviderRenamedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final EventUpcaster upcaster = new ResourceProviderRenamedUpcaster();

    private Object read(String type, String revision, String json) {
        var row = new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(7),
                new GenericDomainEventEntry<>("ResourceProvider", "rp", 3, "event-1", "2026-01-01T00:00:00.000Z",
                        type, revision, json.getBytes(StandardCharsets.UTF_8),
                        "{\"correlationId\":\"c\"}".getBytes(StandardCharsets.UTF_8)));
        List<TrackedEventMessage<?>> read = EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(row), serializer,
                upcaster).toList();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getMetaData()).containsEntry("correlationId", "c");
        return read.get(0).getPayload();
    }

    @Test
    void revisionOneIsReadWithItsNameAsNewName() {
        assertThat(read(ResourceProviderRenamedUpcaster.TYPE, "1", "{\"uuid\":\"rp\",\"name\":\"compute-1\"}"))
                .isEqualTo(new ResourceProviderRenamedEvent("rp", "compute-1"));
    }

    @Test
    void eventsStoredWithoutARevisionAreUpcastToo() {
        assertThat(read(ResourceProviderRenamedUpcaster.TYPE, null, "{\"uuid\":\"rp\",\"name\":\"x\"}"))
                .isEqualTo(new ResourceProviderRenamedEvent("rp", "x"));
        assertThat(read(ResourceProviderRenamedUpcaster.TYPE, "0", "{\"uuid\":\"rp\",\"name\":\"y\"}"))
                .isEqualTo(new ResourceProviderRenamedEvent("rp", "y"));
    }

    @Test
    void revisionTwoAndOtherEventsPassUntouched() {
        String current = new String(serializer.serialize(new ResourceProviderRenamedEvent("rp", "z"), byte[].class)
                .getData(), StandardCharsets.UTF_8);
        assertThat(current).contains("\"newName\":\"z\"").doesNotContain("\"name\"");
        assertThat(read(ResourceProviderRenamedUpcaster.TYPE, "2", current))
                .isEqualTo(new ResourceProviderRenamedEvent("rp", "z"));
        assertThat(read(ResourceProviderCreatedEvent.class.getName(), "1",
                "{\"uuid\":\"rp\",\"name\":\"n\",\"parentUuid\":null,\"rootUuid\":\"rp\",\"generation\":0}"))
                .isEqualTo(new ResourceProviderCreatedEvent("rp", "n", null, "rp", 0));
    }
}
