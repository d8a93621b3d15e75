package org.placementledger.query.provider;

import static org.placementledger.query.provider.ResourceProviderProjection.ts;

import java.time.Instant;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.springframework.beans.factory.annotation.Autowired;
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

    private final ProviderTables tables;

    @Autowired
    public InventoryProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderTables(jdbc));
    }

    public InventoryProjection(ProviderTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(InventoryChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Map<String, InventoryRecord> before = tables.inventory(event.uuid());
        for (String gone : before.keySet()) {
            if (!event.inventories().containsKey(gone)) {
                tables.removeInventory(event.uuid(), gone);
            }
        }
        event.inventories().forEach((rc, inv) -> {
            InventoryRecord old = before.get(rc);
            if (old == null) {
                tables.addInventory(event.uuid(), rc, inv, ts(at));
            } else if (!old.equals(inv)) {
                tables.changeInventory(event.uuid(), rc, inv, ts(at));
            }
        });
        ResourceProviderProjection.touch(tables, event.uuid(), event.generation(), at);
    }
}
