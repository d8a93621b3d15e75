package org.placementledger.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerAllocationsView;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.FindConsumerAllocationsQuery;
import org.placementledger.api.allocation.FindProviderAllocationsQuery;
import org.placementledger.api.allocation.ProviderAllocationsView;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.provider.FindProviderUsagesQuery;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.ReadModelDatabase;
import org.placementledger.query.provider.ProviderEvents;
import org.placementledger.query.provider.ProviderInventoryQueries;
import org.springframework.jdbc.core.JdbcTemplate;

/** The allocation and consumer tables and the queries over them (spec §2.4, §2.6), without Spring. */
class AllocationProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");

    private JdbcTemplate jdbc;
    private AllocationProjection projection;
    private AllocationQueries queries;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        projection = new AllocationProjection(jdbc);
        queries = new AllocationQueries(jdbc);
        ProviderEvents.created(jdbc, "rp1", T0);
        ProviderEvents.created(jdbc, "rp2", T0);
    }

    private void claim(String rp, String consumer, Map<String, Long> resources, long generation, Instant at) {
        projection.on(new ResourcesClaimedEvent(rp, consumer, resources, generation), at);
    }

    private void consumer(String uuid, long generation, String type, Map<String, Map<String, Long>> held, Instant at) {
        projection.on(new ConsumerAllocationsChangedEvent(uuid, generation, "proj", "user", type, held), at);
    }

    @Test
    void aConsumerAndItsProvidersAreReadBack() {
        claim("rp1", "c", Map.of("VCPU", 2L, "DISK_GB", 10L), 1, T1);
        claim("rp2", "c", Map.of("VCPU", 1L), 4, T1);
        consumer("c", 1, "INSTANCE", Map.of("rp1", Map.of("VCPU", 2L, "DISK_GB", 10L), "rp2", Map.of("VCPU", 1L)), T1);

        ConsumerAllocationsView view = queries.consumer(new FindConsumerAllocationsQuery("c"));
        assertThat(view.allocations()).isEqualTo(Map.of("rp1", Map.of("VCPU", 2L, "DISK_GB", 10L),
                "rp2", Map.of("VCPU", 1L)));
        assertThat(view.providerGenerations()).isEqualTo(Map.of("rp1", 1L, "rp2", 4L));
        assertThat(view.generation()).isEqualTo(1);
        assertThat(view.projectId()).isEqualTo("proj");
        assertThat(view.userId()).isEqualTo("user");
        assertThat(view.consumerType()).isEqualTo("INSTANCE");
        assertThat(view.lastModified()).isEqualTo(T1);

        ProviderAllocationsView rp1 = queries.provider(new FindProviderAllocationsQuery("rp1"));
        assertThat(rp1.generation()).isEqualTo(1);
        assertThat(rp1.allocations()).isEqualTo(Map.of("c", Map.of("VCPU", 2L, "DISK_GB", 10L)));
        assertThat(rp1.consumerGenerations()).isEqualTo(Map.of("c", 1L));
    }

    @Test
    void aNewClaimReplacesTheOldOneAndKeepsCreationTimesOfClassesKept() {
        claim("rp1", "c", Map.of("VCPU", 2L, "DISK_GB", 10L), 1, T1);
        consumer("c", 1, null, Map.of("rp1", Map.of("VCPU", 2L, "DISK_GB", 10L)), T1);
        claim("rp1", "c", Map.of("VCPU", 3L), 2, T2);
        consumer("c", 2, null, Map.of("rp1", Map.of("VCPU", 3L)), T2);

        ConsumerAllocationsView view = queries.consumer(new FindConsumerAllocationsQuery("c"));
        assertThat(view.allocations()).isEqualTo(Map.of("rp1", Map.of("VCPU", 3L)));
        assertThat(view.generation()).isEqualTo(2);
        assertThat(view.consumerType()).isNull();
        assertThat(view.lastModified()).isEqualTo(T2);
        assertThat(jdbc.queryForObject("SELECT created_at FROM allocation WHERE consumer_uuid = 'c'", Timestamp.class))
                .isEqualTo(Timestamp.from(T1));
        assertThat(queries.provider(new FindProviderAllocationsQuery("rp1")).generation()).isEqualTo(2);
    }

    @Test
    void aReleaseDropsOneProvidersRowsAndMovesItsGeneration() {
        claim("rp1", "c", Map.of("VCPU", 2L), 1, T1);
        claim("rp2", "c", Map.of("VCPU", 1L), 1, T1);
        consumer("c", 1, null, Map.of("rp1", Map.of("VCPU", 2L), "rp2", Map.of("VCPU", 1L)), T1);
        projection.on(new ResourcesReleasedEvent("rp1", "c", 2), T2);

        assertThat(queries.consumer(new FindConsumerAllocationsQuery("c")).allocations())
                .isEqualTo(Map.of("rp2", Map.of("VCPU", 1L)));
        ProviderAllocationsView rp1 = queries.provider(new FindProviderAllocationsQuery("rp1"));
        assertThat(rp1.allocations()).isEmpty();
        assertThat(rp1.generation()).isEqualTo(2);
        assertThat(rp1.lastModified()).isNull();
    }

    @Test
    void aRemovedConsumerIsUnknownAndHoldsNothing() {
        claim("rp1", "c", Map.of("VCPU", 2L), 1, T1);
        consumer("c", 1, null, Map.of("rp1", Map.of("VCPU", 2L)), T1);
        projection.on(new ConsumerRemovedEvent("c"));

        assertThat(queries.consumer(new FindConsumerAllocationsQuery("c"))).isNull();
        assertThat(queries.provider(new FindProviderAllocationsQuery("rp1")).allocations()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allocation", Integer.class)).isZero();
    }

    @Test
    void aConsumerBackAfterRemovalStartsAgainAtGenerationOne() {
        claim("rp1", "c", Map.of("VCPU", 2L), 1, T1);
        consumer("c", 1, "INSTANCE", Map.of("rp1", Map.of("VCPU", 2L)), T1);
        projection.on(new ResourcesReleasedEvent("rp1", "c", 2), T1);
        projection.on(new ConsumerRemovedEvent("c"));
        claim("rp1", "c", Map.of("VCPU", 3L), 3, T2);
        consumer("c", 1, "MIGRATION", Map.of("rp1", Map.of("VCPU", 3L)), T2);

        ConsumerAllocationsView view = queries.consumer(new FindConsumerAllocationsQuery("c"));
        assertThat(view.generation()).isEqualTo(1);
        assertThat(view.consumerType()).isEqualTo("MIGRATION");
        assertThat(view.allocations()).isEqualTo(Map.of("rp1", Map.of("VCPU", 3L)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consumer", Integer.class)).isOne();
    }

    @Test
    void anUnknownProviderIsNull() {
        assertThat(queries.provider(new FindProviderAllocationsQuery("nope"))).isNull();
        assertThat(queries.consumer(new FindConsumerAllocationsQuery("nobody"))).isNull();
    }

    @Test
    void providerUsagesSumEveryConsumerPerClassWithInventory() {
        InventoryRecord eight = InventoryRecord.withDefaults(8);
        ProviderEvents.inventory(jdbc, "rp1", 1, Map.of("VCPU", eight, "DISK_GB", eight), T1);
        claim("rp1", "a", Map.of("VCPU", 2L), 2, T1);
        claim("rp1", "b", Map.of("VCPU", 3L), 3, T1);
        claim("rp2", "b", Map.of("VCPU", 7L), 1, T1);

        var usages = new ProviderInventoryQueries(jdbc).usages(new FindProviderUsagesQuery("rp1"));
        assertThat(usages.usages()).isEqualTo(Map.of("VCPU", 5L, "DISK_GB", 0L));
        assertThat(usages.generation()).isEqualTo(3);
    }
}
