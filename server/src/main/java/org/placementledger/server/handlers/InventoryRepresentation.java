package org.placementledger.server.handlers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderInventories;

import com.fasterxml.jackson.databind.JsonNode;

/** Inventory records between Placement's JSON (field names, defaults) and the ledger's records. */
final class InventoryRepresentation {

    private InventoryRepresentation() {
    }

    /**
     * The record a body describes, Placement's defaults filling what it leaves out; null when it is not
     * an inventory at all (possible only where the schema did not look, e.g. a PUT-all key that is no
     * class name).
     */
    static InventoryRecord parse(JsonNode body) {
        if (body == null || !body.isObject() || !integral(body.get("total"))) {
            return null;
        }
        JsonNode ratio = body.get("allocation_ratio");
        if (ratio != null && !ratio.isNumber()) {
            return null;
        }
        long[] units = new long[4];
        String[] names = {"reserved", "min_unit", "max_unit", "step_size"};
        long[] defaults = {0, 1, InventoryRecord.MAX_INT, 1};
        for (int i = 0; i < names.length; i++) {
            JsonNode value = body.get(names[i]);
            if (value != null && !integral(value)) {
                return null;
            }
            units[i] = value == null ? defaults[i] : value.asLong();
        }
        return new InventoryRecord(body.get("total").asLong(), units[0], units[1], units[2], units[3],
                ratio == null ? 1.0 : ratio.doubleValue());
    }

    /** {@code {"resource_provider_generation": G, "inventories": {RC: record…}}}. */
    static Map<String, Object> all(ProviderInventories found) {
        Map<String, Object> inventories = new LinkedHashMap<>();
        found.inventories().forEach((rc, inv) -> inventories.put(rc, fields(inv)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resource_provider_generation", found.generation());
        body.put("inventories", inventories);
        return body;
    }

    /** One record with the provider's generation. */
    static Map<String, Object> one(ProviderInventories found, String resourceClass) {
        Map<String, Object> body = fields(found.inventories().get(resourceClass));
        body.put("resource_provider_generation", found.generation());
        return body;
    }

    /** All six fields, always. */
    private static Map<String, Object> fields(InventoryRecord inv) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", inv.total());
        body.put("reserved", inv.reserved());
        body.put("min_unit", inv.minUnit());
        body.put("max_unit", inv.maxUnit());
        body.put("step_size", inv.stepSize());
        body.put("allocation_ratio", inv.allocationRatio());
        return body;
    }

    // JSON Schema's "integer" takes 1.0 as well as 1
    private static boolean integral(JsonNode value) {
        return value != null && value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong();
    }
}
