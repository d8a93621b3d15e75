package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.command.provider.ResourceProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reliability: a provider with 10,000 claims is loaded from a snapshot plus a short tail of events,
 * and its snapshot holds the whole ledger (the capacity check still counts every claim).
 */
class ProviderSnapshotHttpTest extends LedgerHttpTest {

    static final int CLAIMS = 10_000;
    static final int CONSUMERS_PER_COMMAND = 100;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private EventStore events;

    @Test
    void aProviderWithTenThousandClaimsLoadsFromItsSnapshot() throws Exception {
        String rp = providerWith("VCPU", CLAIMS + 1);
        long started = System.nanoTime();
        for (int sent = 0; sent < CLAIMS; sent += CONSUMERS_PER_COMMAND) {
            List<ConsumerAllocations> consumers = new ArrayList<>();
            for (int i = 0; i < CONSUMERS_PER_COMMAND; i++) {
                consumers.add(new ConsumerAllocations(newUuid(), Map.of(rp, Map.of("VCPU", 1L)), "p", "u", null, null,
                        false));
            }
            commands.sendAndWait(new ReplaceAllocationsCommand(consumers));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        // Snapshots are taken in the background: wait (bounded) for the latest one.
        List<? extends DomainEventMessage<?>> stream = List.of();
        for (int i = 0; i < 100; i++) {
            stream = events.readEvents(rp).asStream().toList();
            if (stream.get(0).getPayloadType() == ResourceProvider.class && stream.size() < 200) {
                break;
            }
            Thread.sleep(100);
        }
        System.out.println("[reliability] snapshots: " + CLAIMS + " claims on one provider in " + millis
                + " ms; it loads from a snapshot at sequence " + stream.get(0).getSequenceNumber() + " plus "
                + (stream.size() - 1) + " events");
        assertThat(stream.get(0).getPayloadType()).isEqualTo(ResourceProvider.class);
        assertThat(stream).hasSizeLessThan(200);
        assertThat(stream.get(0).getSequenceNumber()).isGreaterThanOrEqualTo(CLAIMS - 200L);

        String last = newUuid();
        assertThat(put("/allocations/" + last, body(on(rp, "VCPU", 1), null)).version("1.28").send().status())
                .isEqualTo(204);
        Reply full = put("/allocations/" + newUuid(), body(on(rp, "VCPU", 1), null)).version("1.28").send();
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.raw()).contains("would exceed the capacity");
        assertThat(usagesOf(rp).get("VCPU").asLong()).isEqualTo(CLAIMS + 1);
        assertThat(generationOf(rp)).isEqualTo(CLAIMS / CONSUMERS_PER_COMMAND + 2);
    }
}
