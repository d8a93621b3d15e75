package org.placementledger.api.provider;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A provider's inventory became exactly {@code inventories}, at {@code generation}. */
@Revision("1")
public record InventoryChangedEvent(String uuid,
        long generation,
        Map<String, InventoryRecord> inventories) {
}
