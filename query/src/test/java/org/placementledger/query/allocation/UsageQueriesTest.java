package org.placementledger.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.FindUsagesQuery;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.UsageReport;
import org.placementledger.query.ReadModelDatabase;
import org.placementledger.query.provider.ProviderEvents;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /usages sums and the 1.38 grouping by consumer type (spec §2.9, §4.12), without Spring. */
class UsageQueriesTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private AllocationProjection projection;
    private UsageQueries queries;

    /** Project p: two INSTANCE consumers (one of user u2), one MIGRATION, one without type; project q: one. */
    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        projection = new AllocationProjection(jdbc);
        queries = new UsageQueries(jdbc);
        ProviderEvents.created(jdbc, "rp1", T);
        ProviderEvents.created(jdbc, "rp2", T);
        holds("i1", "p", "u1", "INSTANCE", "rp1", Map.of("VCPU", 2L, "MEMORY_MB", 512L));
        holds("i1", "p", "u1", "INSTANCE", "rp2", Map.of("VCPU", 1L), 2);
        holds("i2", "p", "u2", "INSTANCE", "rp1", Map.of("VCPU", 4L));
        holds("m1", "p", "u1", "MIGRATION", "rp1", Map.of("MEMORY_MB", 256L));
        holds("n1", "p", "u1", null, "rp2", Map.of("DISK_GB", 10L));
        holds("o1", "q", "u1", "INSTANCE", "rp1", Map.of("VCPU", 100L));
    }

    private void holds(String consumer, String project, String user, String type, String rp, Map<String, Long> what) {
        holds(consumer, project, user, type, rp, what, 1);
    }

    /** A consumer's generation {@code generation}: 1 when it comes into being, one more at every later write. */
    private void holds(String consumer, String project, String user, String type, String rp, Map<String, Long> what,
            long generation) {
        projection.on(new ResourcesClaimedEvent(rp, consumer, what, 1), T);
        projection.on(new ConsumerAllocationsChangedEvent(consumer, generation, project, user, type, Map.of(rp, what)),
                T);
    }

    private UsageReport usages(String project, String user, String type) {
        return queries.usages(new FindUsagesQuery(project, user, type));
    }

    @Test
    void withoutATypeEveryTypeIsItsOwnGroupAndNoTypeIsUnknown() {
        UsageReport report = usages("p", null, null);
        assertThat(report.usagesByType()).isEqualTo(Map.of(
                "INSTANCE", Map.of("VCPU", 7L, "MEMORY_MB", 512L),
                "MIGRATION", Map.of("MEMORY_MB", 256L),
                "unknown", Map.of("DISK_GB", 10L)));
        assertThat(report.consumerCountByType()).isEqualTo(Map.of("INSTANCE", 2L, "MIGRATION", 1L, "unknown", 1L));
    }

    @Test
    void allFoldsEveryTypeTogetherAndCountsDistinctConsumers() {
        UsageReport report = usages("p", null, "all");
        assertThat(report.usagesByType()).isEqualTo(Map.of(
                "all", Map.of("VCPU", 7L, "MEMORY_MB", 768L, "DISK_GB", 10L)));
        assertThat(report.consumerCountByType()).isEqualTo(Map.of("all", 4L));
    }

    @Test
    void unknownAndANamedTypeSelectOneGroup() {
        assertThat(usages("p", null, "unknown").usagesByType()).isEqualTo(Map.of("unknown", Map.of("DISK_GB", 10L)));
        UsageReport migration = usages("p", null, "MIGRATION");
        assertThat(migration.usagesByType()).isEqualTo(Map.of("MIGRATION", Map.of("MEMORY_MB", 256L)));
        assertThat(migration.consumerCountByType()).isEqualTo(Map.of("MIGRATION", 1L));
        // The 1.38 pattern lets "allX" through; it is a type no consumer has.
        assertThat(usages("p", null, "allX").usagesByType()).isEmpty();
    }

    @Test
    void aUserNarrowsTheSumAndAnUnknownProjectHasNothing() {
        assertThat(usages("p", "u2", "all").usagesByType()).isEqualTo(Map.of("all", Map.of("VCPU", 4L)));
        assertThat(usages("q", null, null).usagesByType()).isEqualTo(Map.of("INSTANCE", Map.of("VCPU", 100L)));
        UsageReport none = usages("nobody", null, null);
        assertThat(none.usagesByType()).isEmpty();
        assertThat(none.consumerCountByType()).isEmpty();
    }

    @Test
    void aRemovedConsumerNoLongerCounts() {
        projection.on(new ConsumerRemovedEvent("i2"));
        UsageReport report = usages("p", null, "INSTANCE");
        assertThat(report.usagesByType()).isEqualTo(Map.of("INSTANCE", Map.of("VCPU", 3L, "MEMORY_MB", 512L)));
        assertThat(report.consumerCountByType()).isEqualTo(Map.of("INSTANCE", 1L));
    }
}
