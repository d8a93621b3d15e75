package org.placementledger.query.allocation;

import java.time.Instant;
import java.util.Map;

import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Allocation events applied through the real projection, for read-model tests of other packages. */
public final class AllocationEvents {

    private AllocationEvents() {
    }

    public static void claimed(JdbcTemplate jdbc, String provider, String consumer, Map<String, Long> resources,
                               long generation, Instant at) {
        new AllocationProjection(jdbc).on(new ResourcesClaimedEvent(provider, consumer, resources, generation), at);
    }
}
