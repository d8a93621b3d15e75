package org.placementledger.query.provider;

import static org.placementledger.query.provider.ResourceProviderProjection.ts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rp_inventory} from the whole-inventory events: records that did not change keep
 * their times (Last-Modified of an inventory is its own last change), new ones get created_at,
 * changed ones updated_at; the provider's generation follows the event.
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class InventoryProjection {

    private final JdbcTemplate jdbc;

    public InventoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InventoryChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Map<String, InventoryRecord> before = current(event.uuid());
        for (String gone : before.keySet()) {
            if (!event.inventories().containsKey(gone)) {
                jdbc.update("DELETE FROM rp_inventory WHERE rp_uuid = ? AND resource_class = ?", event.uuid(), gone);
            }
        }
        event.inventories().forEach((rc, inv) -> {
            InventoryRecord old = before.get(rc);
            if (old == null) {
                jdbc.update("INSERT INTO rp_inventory (rp_uuid, resource_class, total, reserved, min_unit, max_unit,"
                                + " step_size, allocation_ratio, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        event.uuid(), rc, inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                        inv.allocationRatio(), ts(at), ts(at));
            } else if (!old.equals(inv)) {
                jdbc.update("UPDATE rp_inventory SET total = ?, reserved = ?, min_unit = ?, max_unit = ?,"
                                + " step_size = ?, allocation_ratio = ?, updated_at = ?"
                                + " WHERE rp_uuid = ? AND resource_class = ?",
                        inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                        inv.allocationRatio(), ts(at), event.uuid(), rc);
            }
        });
        ResourceProviderProjection.touch(jdbc, event.uuid(), event.generation(), at);
    }

    private Map<String, InventoryRecord> current(String uuid) {
        Map<String, InventoryRecord> found = new HashMap<>();
        jdbc.query("SELECT " + ProviderInventoryQueries.RECORD_COLUMNS + " FROM rp_inventory WHERE rp_uuid = ?",
                rs -> {
                    found.put(rs.getString("resource_class"), ProviderInventoryQueries.record(rs));
                }, uuid);
        return found;
    }
}
