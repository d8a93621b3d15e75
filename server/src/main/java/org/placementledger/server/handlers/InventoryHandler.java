package org.placementledger.server.handlers;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.DeleteAllInventoriesCommand;
import org.placementledger.api.provider.DeleteInventoryCommand;
import org.placementledger.api.provider.FindProviderInventoriesQuery;
import org.placementledger.api.provider.FindProviderInventoryQuery;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderInventories;
import org.placementledger.api.provider.ReplaceInventoriesCommand;
import org.placementledger.api.provider.ResourceProviderView;
import org.placementledger.api.provider.UpdateInventoryCommand;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /resource_providers/{uuid}/inventories[/{resource_class}]}. As in Placement, the provider
 * is looked up before the body is read; writes answer what the ledger then holds, Last-Modified "now".
 */
@Component
public class InventoryHandler {

    private final Gateways gateways;

    public InventoryHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse list(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        ProviderInventories found = gateways.ask(new FindProviderInventoriesQuery(uuid), ProviderInventories.class);
        if (found == null) {
            throw readNotFound(uuid);
        }
        return listAnswer(found, found.lastModified());
    }

    public PlacementResponse show(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        String rc = request.pathParam("resource_class");
        ProviderInventories found = gateways.ask(new FindProviderInventoryQuery(uuid, rc), ProviderInventories.class);
        if (found == null) {
            throw readNotFound(uuid);
        }
        if (!found.inventories().containsKey(rc)) {
            throw PlacementException.notFound("No inventory of class " + rc + " for " + uuid);
        }
        return PlacementResponse.ok(InventoryRepresentation.one(found, rc)).lastModified(found.lastModified());
    }

    public PlacementResponse create(PlacementRequest request) {
        String uuid = requireProvider(request);
        JsonNode body = request.json();
        JsonSchemas.validateBody("inventory-post", body);
        String rc = body.get("resource_class").asText();
        // resource_provider_generation is allowed in the body and ignored, as in Placement.
        gateways.send(new AddInventoryCommand(uuid, rc, InventoryRepresentation.parse(body), request.atLeast(1, 26)));
        return PlacementResponse.status(201, InventoryRepresentation.one(current(uuid, rc), rc))
                .location(request.baseUrl() + "/resource_providers/" + uuid + "/inventories/" + rc);
    }

    public PlacementResponse update(PlacementRequest request) {
        String uuid = requireProvider(request);
        String rc = request.pathParam("resource_class");
        JsonNode body = request.json();
        JsonSchemas.validateBody("inventory-put", body);
        gateways.send(new UpdateInventoryCommand(uuid, rc, body.get("resource_provider_generation").asLong(),
                InventoryRepresentation.parse(body), request.atLeast(1, 26)));
        return PlacementResponse.ok(InventoryRepresentation.one(current(uuid, rc), rc));
    }

    public PlacementResponse replaceAll(PlacementRequest request) {
        String uuid = requireProvider(request);
        JsonNode body = request.json();
        JsonSchemas.validateBody("inventories-put", body);
        Map<String, InventoryRecord> wanted = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.get("inventories").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            InventoryRecord inventory = InventoryRepresentation.parse(entry.getValue());
            // The schema skips keys that are no class name, so their records may be anything (Placement
            // then fails with a 500); such a class is unknown anyway, and the ledger refuses it as such.
            wanted.put(entry.getKey(), inventory != null ? inventory : InventoryRecord.withDefaults(1));
        }
        gateways.send(new ReplaceInventoriesCommand(uuid, body.get("resource_provider_generation").asLong(), wanted,
                request.atLeast(1, 26)));
        ProviderInventories after = gateways.ask(new FindProviderInventoriesQuery(uuid), ProviderInventories.class);
        return listAnswer(after, null); // Placement's written records have no time yet: it sends "now"
    }

    /** Placement takes Last-Modified from the inventory records: with none, it sends no such header. */
    private static PlacementResponse listAnswer(ProviderInventories found, Instant lastModified) {
        PlacementResponse response = PlacementResponse.ok(InventoryRepresentation.all(found));
        return found.inventories().isEmpty() ? response.withoutLastModified() : response.lastModified(lastModified);
    }

    public PlacementResponse deleteAll(PlacementRequest request) {
        gateways.send(new DeleteAllInventoriesCommand(requireProvider(request)));
        return PlacementResponse.noContent();
    }

    public PlacementResponse delete(PlacementRequest request) {
        String uuid = requireProvider(request);
        gateways.send(new DeleteInventoryCommand(uuid, request.pathParam("resource_class")));
        return PlacementResponse.noContent();
    }

    private String requireProvider(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        if (gateways.ask(new FindResourceProviderQuery(uuid), ResourceProviderView.class) == null) {
            throw new ObjectNotFoundException("No resource provider with uuid " + uuid + " found");
        }
        return uuid;
    }

    private ProviderInventories current(String uuid, String rc) {
        return gateways.ask(new FindProviderInventoryQuery(uuid, rc), ProviderInventories.class);
    }

    // The GET handlers word a missing provider with the lookup's own message appended.
    private static PlacementException readNotFound(String uuid) {
        String message = "No resource provider with uuid " + uuid + " found";
        return PlacementException.notFound(message + " : " + message);
    }
}
