package org.placementledger.query.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.ClassUtilization;
import org.placementledger.api.provider.FindProviderUtilizationQuery;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderUtilization;
import org.placementledger.query.ReadModelDatabase;
import org.placementledger.query.allocation.AllocationEvents;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's utilization read from the read models kept by the real projections, without Spring. */
class ProviderUtilizationQueriesTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void everyProviderByNameWithItsInventoriesAndWhatIsAllocatedOfThem() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        ProviderEvents.created(jdbc, "b", T);
        ProviderEvents.created(jdbc, "a", T);
        ProviderEvents.created(jdbc, "empty", T);
        ProviderEvents.inventory(jdbc, "a", 1, Map.of("VCPU", new InventoryRecord(8, 0, 1, 8, 1, 2.0),
                "MEMORY_MB", InventoryRecord.withDefaults(1024)), T);
        ProviderEvents.inventory(jdbc, "b", 1, Map.of("VCPU", new InventoryRecord(10, 2, 1, 8, 1, 1.0)), T);
        AllocationEvents.claimed(jdbc, "a", "c1", Map.of("VCPU", 4L, "MEMORY_MB", 256L), 2, T);
        AllocationEvents.claimed(jdbc, "a", "c2", Map.of("VCPU", 4L), 3, T);
        AllocationEvents.claimed(jdbc, "b", "c1", Map.of("VCPU", 6L), 2, T);

        List<ProviderUtilization> found = new ProviderUtilizationQueries(jdbc)
                .utilization(new FindProviderUtilizationQuery()).providers();

        assertThat(found).extracting(ProviderUtilization::name).containsExactly("rp-a", "rp-b", "rp-empty");
        assertThat(found.get(0).classes()).extracting(ClassUtilization::resourceClass, ClassUtilization::used,
                ClassUtilization::utilization).containsExactly(
                        tuple("MEMORY_MB", 256L, 0.25),
                        tuple("VCPU", 8L, 0.5));
        assertThat(found.get(0).maxUtilization()).isEqualTo(0.5);
        // (10 - 2 reserved) * 1.0 = 8 units, 6 of them allocated
        assertThat(found.get(1).maxUtilization()).isEqualTo(0.75);
        assertThat(found.get(2).classes()).isEmpty();
        assertThat(found.get(2).maxUtilization()).isZero();
    }
}
