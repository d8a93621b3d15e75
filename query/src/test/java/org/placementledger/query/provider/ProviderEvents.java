package org.placementledger.query.provider;

import java.time.Instant;
import java.util.Map;

import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Provider events applied through the real projections, for read-model tests of other packages. */
public final class ProviderEvents {

    private ProviderEvents() {
    }

    public static void created(JdbcTemplate jdbc, String uuid, Instant at) {
        new ResourceProviderProjection(jdbc).on(new ResourceProviderCreatedEvent(uuid, "rp-" + uuid, null, uuid, 0), at);
    }

    public static void inventory(JdbcTemplate jdbc, String uuid, long generation, Map<String, InventoryRecord> records,
                                 Instant at) {
        new InventoryProjection(jdbc).on(new InventoryChangedEvent(uuid, generation, records), at);
    }
}
