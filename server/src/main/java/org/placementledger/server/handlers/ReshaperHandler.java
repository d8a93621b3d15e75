package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.InventoryReplacement;
import org.placementledger.api.allocation.ReshapeCommand;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /reshaper} (1.30+): inventories and allocations across providers, changed atomically. */
@Component
public class ReshaperHandler {

    private final Gateways gateways;
    private final ConflictRetry retry;
    private final PlacementProperties properties;

    public ReshaperHandler(Gateways gateways, ConflictRetry retry, PlacementProperties properties) {
        this.gateways = gateways;
        this.retry = retry;
        this.properties = properties;
    }

    public PlacementResponse reshape(PlacementRequest request) {
        JsonNode body = request.json();
        JsonSchemas.validateBody(request.atLeast(1, 38) ? "reshaper-1.38"
                : request.atLeast(1, 34) ? "reshaper-1.34" : "reshaper-1.30", body);
        Map<String, InventoryReplacement> inventories = new LinkedHashMap<>();
        body.get("inventories").fields().forEachRemaining(provider -> {
            Map<String, InventoryRecord> records = new LinkedHashMap<>();
            provider.getValue().get("inventories").fields().forEachRemaining(
                    record -> records.put(record.getKey(), InventoryRepresentation.parse(record.getValue())));
            inventories.put(provider.getKey(), new InventoryReplacement(
                    provider.getValue().get("resource_provider_generation").asLong(), records));
        });
        List<ConsumerAllocations> allocations = new ArrayList<>();
        body.get("allocations").fields().forEachRemaining(consumer -> allocations.add(
                AllocationBodies.read(consumer.getKey(), consumer.getValue(), request.version(), properties, true)));
        retry.run(() -> gateways.send(new ReshapeCommand(inventories, allocations)));
        return PlacementResponse.noContent();
    }
}
