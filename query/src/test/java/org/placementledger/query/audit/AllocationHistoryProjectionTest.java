package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.audit.FindConsumerAllocationsAtQuery;
import org.placementledger.api.audit.FindProviderUsagesAtQuery;
import org.placementledger.api.audit.FindUsagesAtQuery;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Claims, moves and releases through time, and the point-in-time answers they give (no Spring). */
class AllocationHistoryProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");
    static final Instant T3 = Instant.parse("2026-01-01T00:03:00Z");
    static final Map<String, InventoryRecord> EIGHT_CPUS = Map.of("VCPU", InventoryRecord.withDefaults(8));

    private AllocationHistoryProjection allocations;
    private ProviderHistoryProjection providers;
    private PointInTimeQueries queries;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        allocations = new AllocationHistoryProjection(jdbc);
        queries = new PointInTimeQueries(jdbc);
        providers = new ProviderHistoryProjection(jdbc);
        for (String rp : new String[] {"rp1", "rp2"}) {
            providers.on(new ResourceProviderCreatedEvent(rp, rp, null, rp, 0), T0);
            providers.on(new InventoryChangedEvent(rp, 1, EIGHT_CPUS), T0);
        }
    }

    /** A command's events in the order it writes them: the providers' claims, then the consumer's holdings. */
    private void claim(String consumer, String rp, long vcpu, long generation, Instant at) {
        providers.on(new ResourcesClaimedEvent(rp, consumer, Map.of("VCPU", vcpu), generation), at);
        allocations.on(new ConsumerAllocationsChangedEvent(consumer, generation, "project", "user", "INSTANCE",
                Map.of(rp, Map.of("VCPU", vcpu))), at);
    }

    private Map<String, Long> usage(String rp, Instant at) {
        return queries.providerUsages(new FindProviderUsagesAtQuery(rp, at)).usages();
    }

    @Test
    void aMoveShowsOnTheOldProviderBeforeAndOnTheNewOneAfter() {
        claim("c", "rp1", 2, 1, T1);
        providers.on(new ResourcesReleasedEvent("rp1", "c", 3), T2);
        claim("c", "rp2", 2, 2, T2);

        assertThat(usage("rp1", T1)).containsExactly(Map.entry("VCPU", 2L));
        assertThat(usage("rp2", T1)).containsExactly(Map.entry("VCPU", 0L));
        assertThat(usage("rp1", T2)).containsExactly(Map.entry("VCPU", 0L));
        assertThat(usage("rp2", T2)).containsExactly(Map.entry("VCPU", 2L));
        assertThat(usage("rp1", T1.minusMillis(1))).containsExactly(Map.entry("VCPU", 0L));

        var before = queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T1.plusSeconds(30)));
        assertThat(before.allocations()).containsOnlyKeys("rp1");
        assertThat(before.generation()).isEqualTo(1);
        var after = queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T3));
        assertThat(after.allocations()).containsOnlyKeys("rp2");
        assertThat(after.generation()).isEqualTo(2);
    }

    @Test
    void aProvidersUsageAddsItsConsumersAndAChangedHoldingReplacesTheOldOne() {
        providers.on(new ResourcesClaimedEvent("rp1", "a", Map.of("VCPU", 2L), 2), T1);
        allocations.on(new ConsumerAllocationsChangedEvent("a", 1, "project", "user", null,
                Map.of("rp1", Map.of("VCPU", 2L))), T1);
        providers.on(new ResourcesClaimedEvent("rp1", "b", Map.of("VCPU", 3L), 3), T2);
        allocations.on(new ConsumerAllocationsChangedEvent("b", 1, "project", "user", null,
                Map.of("rp1", Map.of("VCPU", 3L))), T2);
        providers.on(new ResourcesClaimedEvent("rp1", "a", Map.of("VCPU", 1L), 4), T3);
        allocations.on(new ConsumerAllocationsChangedEvent("a", 2, "project", "user", null,
                Map.of("rp1", Map.of("VCPU", 1L))), T3);

        assertThat(usage("rp1", T1)).containsExactly(Map.entry("VCPU", 2L));
        assertThat(usage("rp1", T2)).containsExactly(Map.entry("VCPU", 5L));
        assertThat(usage("rp1", T3)).containsExactly(Map.entry("VCPU", 4L));
        assertThat(queries.providerUsages(new FindProviderUsagesAtQuery("rp1", T2)).generation()).isEqualTo(3);
        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("a", T2)).providerGenerations())
                .isEqualTo(Map.of("rp1", 3L));
        assertThat(queries.usages(new FindUsagesAtQuery("project", null, null, T3)).usagesByType())
                .isEqualTo(Map.of("unknown", Map.of("VCPU", 4L)));
    }

    @Test
    void aRemovedConsumerHoldsNothingFromThenOn() {
        claim("c", "rp1", 2, 1, T1);
        providers.on(new ResourcesReleasedEvent("rp1", "c", 3), T2);
        allocations.on(new ConsumerRemovedEvent("c"), T2);

        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T2))).isNull();
        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T0))).isNull();
        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T1)).allocations())
                .isEqualTo(Map.of("rp1", Map.of("VCPU", 2L)));
    }

    @Test
    void aConsumerBackAfterRemovalHasANewVersionAtGenerationOne() {
        claim("c", "rp1", 2, 1, T1);
        providers.on(new ResourcesReleasedEvent("rp1", "c", 3), T2);
        allocations.on(new ConsumerRemovedEvent("c"), T2);
        providers.on(new ResourcesClaimedEvent("rp1", "c", Map.of("VCPU", 4L), 4), T3);
        allocations.on(new ConsumerAllocationsChangedEvent("c", 1, "other", "user", "INSTANCE",
                Map.of("rp1", Map.of("VCPU", 4L))), T3);

        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T2))).isNull();
        assertThat(queries.consumerAllocations(new FindConsumerAllocationsAtQuery("c", T3)).allocations())
                .isEqualTo(Map.of("rp1", Map.of("VCPU", 4L)));
        assertThat(queries.usages(new FindUsagesAtQuery("other", null, null, T3)).usagesByType())
                .isEqualTo(Map.of("INSTANCE", Map.of("VCPU", 4L)));
        assertThat(queries.usages(new FindUsagesAtQuery("project", null, null, T3)).usagesByType()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consumer_history WHERE consumer_uuid = 'c'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void projectUsagesFollowTheConsumersProjectAtTheTime() {
        claim("c", "rp1", 2, 1, T1);
        providers.on(new ResourcesClaimedEvent("rp1", "c", Map.of("VCPU", 3L), 3), T2);
        allocations.on(new ConsumerAllocationsChangedEvent("c", 2, "other", "user", null,
                Map.of("rp1", Map.of("VCPU", 3L))), T2);

        var atT1 = queries.usages(new FindUsagesAtQuery("project", null, null, T1));
        assertThat(atT1.usagesByType()).isEqualTo(Map.of("INSTANCE", Map.of("VCPU", 2L)));
        assertThat(atT1.consumerCountByType()).isEqualTo(Map.of("INSTANCE", 1L));
        assertThat(queries.usages(new FindUsagesAtQuery("project", null, null, T2)).usagesByType()).isEmpty();
        assertThat(queries.usages(new FindUsagesAtQuery("other", "user", null, T3)).usagesByType())
                .isEqualTo(Map.of("unknown", Map.of("VCPU", 3L)));
        assertThat(queries.usages(new FindUsagesAtQuery("other", "someone", null, T3)).usagesByType()).isEmpty();
        assertThat(queries.usages(new FindUsagesAtQuery("project", null, "all", T1)).usagesByType())
                .isEqualTo(Map.of("all", Map.of("VCPU", 2L)));
    }
}
