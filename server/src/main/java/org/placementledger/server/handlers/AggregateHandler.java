package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.FindProviderAggregatesQuery;
import org.placementledger.api.provider.ProviderAggregates;
import org.placementledger.api.provider.ReplaceProviderAggregatesCommand;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /resource_providers/{uuid}/aggregates} (1.1+). Before 1.19 the body is a bare array and
 * nothing checks or bumps the generation; from 1.19 it is an object with the generation.
 */
@Component
public class AggregateHandler {

    private final Gateways gateways;

    public AggregateHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse list(PlacementRequest request) {
        ProviderAggregates found = find(request.pathParam("uuid"));
        return answer(request, found.aggregates(), found.generation());
    }

    public PlacementResponse replace(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        find(uuid);
        JsonNode body = request.json();
        boolean withGeneration = request.atLeast(1, 19);
        JsonSchemas.validateBody(withGeneration ? "provider-aggregates-put-1.19" : "provider-aggregates-put-1.1",
                body);
        JsonNode list = withGeneration ? body.get("aggregates") : body;
        List<String> aggregates = new ArrayList<>();
        list.forEach(a -> aggregates.add(a.asText()));
        Long expected = withGeneration ? body.get("resource_provider_generation").asLong() : null;
        gateways.send(new ReplaceProviderAggregatesCommand(uuid, expected, aggregates));
        // Placement answers with the list as sent, in its order.
        return answer(request, aggregates, find(uuid).generation());
    }

    private ProviderAggregates find(String uuid) {
        ProviderAggregates found = gateways.ask(new FindProviderAggregatesQuery(uuid), ProviderAggregates.class);
        if (found == null) {
            throw new ObjectNotFoundException("No resource provider with uuid " + uuid + " found");
        }
        return found;
    }

    // Placement keeps no time of an association, so Last-Modified is always "now".
    private static PlacementResponse answer(PlacementRequest request, List<String> aggregates, long generation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aggregates", aggregates);
        if (request.atLeast(1, 19)) {
            body.put("resource_provider_generation", generation);
        }
        return PlacementResponse.ok(body);
    }
}
