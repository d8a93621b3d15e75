package org.placementledger.query.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.audit.VerifyFinding;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;

/** Capacity checked after every event, and the state the final checks read (no Spring, no database). */
class LedgerWalkTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private final List<VerifyFinding> findings = new ArrayList<>();
    private final LedgerWalk walk = new LedgerWalk(findings::add);
    private long position;

    private void on(Object event) {
        walk.apply(event, ++position, T.plusSeconds(position));
    }

    private List<String> kinds() {
        return findings.stream().map(f -> f.kind() + "@" + f.position()).toList();
    }

    @Test
    void overCapacityIsReportedWhenEnteredAndOnEachClaimThatAddsToIt() {
        on(new ResourceProviderCreatedEvent("rp", "rp", null, "rp", 0));
        on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", new InventoryRecord(10, 2, 1, 10, 1, 1.0))));
        on(new ResourcesClaimedEvent("rp", "a", Map.of("VCPU", 6L), 2)); // 6 of 8
        on(new ResourcesClaimedEvent("rp", "b", Map.of("VCPU", 3L), 3)); // 9 of 8: over
        on(new ResourcesClaimedEvent("rp", "b", Map.of("VCPU", 4L), 4)); // adds while over
        on(new ResourcesClaimedEvent("rp", "b", Map.of("VCPU", 3L), 5)); // shrinks, still over: no finding
        on(new ResourcesClaimedEvent("rp", "b", Map.of("VCPU", 1L), 6)); // 7 of 8: fine again
        on(new InventoryChangedEvent("rp", 7, Map.of("VCPU", new InventoryRecord(10, 5, 1, 10, 1, 1.0)))); // 7 of 5
        assertThat(kinds()).containsExactly("over_capacity@4", "over_capacity@5",
                "over_capacity_by_inventory_change@8");
        assertThat(findings.get(0).providerUuid()).isEqualTo("rp");
        assertThat(findings.get(0).time()).isEqualTo(T.plusSeconds(4));
        assertThat(findings.get(0).detail()).isEqualTo("VCPU: used 9 exceeds capacity 8.0 ((total 10 - reserved 2)"
                + " * allocation_ratio 1.0)");
    }

    @Test
    void allocationRatioCountsAndAClassWithoutInventoryHasNoCapacity() {
        on(new ResourceProviderCreatedEvent("rp", "rp", null, "rp", 0));
        on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", new InventoryRecord(4, 0, 1, 16, 1, 4.0))));
        on(new ResourcesClaimedEvent("rp", "a", Map.of("VCPU", 16L), 2));
        assertThat(findings).isEmpty();
        on(new ResourcesClaimedEvent("rp", "a", Map.of("VCPU", 16L, "DISK_GB", 1L), 3));
        assertThat(kinds()).containsExactly("over_capacity@4");
        assertThat(findings.get(0).detail()).startsWith("DISK_GB: used 1 exceeds capacity 0.0 (no inventory");
    }

    @Test
    void holdingsAndTreesAreKeptForTheFinalChecks() {
        on(new ResourceProviderCreatedEvent("r1", "r1", null, "r1", 0));
        on(new ResourceProviderCreatedEvent("c1", "c1", "r1", "r1", 0));
        on(new ResourceProviderCreatedEvent("r2", "r2", null, "r2", 0));
        on(new ProviderTraitsChangedEvent("r2", 1, Set.of(LedgerWalk.SHARING_TRAIT)));
        on(new ResourcesClaimedEvent("c1", "x", Map.of("VCPU", 1L), 1));
        on(new ConsumerAllocationsChangedEvent("x", 1, "p", "u", null, Map.of("c1", Map.of("VCPU", 1L))));
        assertThat(walk.root("c1")).isEqualTo("r1");
        assertThat(walk.holdingsByConsumer()).isEqualTo(Map.of("x", Map.of("c1", Map.of("VCPU", 1L))));
        assertThat(walk.consumers.get("x")).isEqualTo(Map.of("c1", Map.of("VCPU", 1L)));
        assertThat(walk.providers.get("r2").traits).contains(LedgerWalk.SHARING_TRAIT);
    }
}
