package org.placementledger.server.handlers;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.DeleteProviderTraitsCommand;
import org.placementledger.api.provider.FindProviderTraitsQuery;
import org.placementledger.api.provider.ProviderTraits;
import org.placementledger.api.provider.ReplaceProviderTraitsCommand;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /resource_providers/{uuid}/traits} (1.6+): list, replace and clear a provider's traits. */
@Component
public class ProviderTraitHandler {

    private final Gateways gateways;

    public ProviderTraitHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse list(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        ProviderTraits traits = gateways.ask(new FindProviderTraitsQuery(uuid), ProviderTraits.class);
        if (traits == null) {
            String notFound = "No resource provider with uuid " + uuid + " found";
            throw PlacementException.notFound(notFound + ": " + notFound);
        }
        return answer(traits);
    }

    public PlacementResponse replace(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        JsonNode body = request.json();
        JsonSchemas.validateBody("provider-traits-put", body);
        find(uuid);
        Set<String> wanted = new LinkedHashSet<>();
        body.get("traits").forEach(t -> wanted.add(t.asText()));
        gateways.send(new ReplaceProviderTraitsCommand(uuid, body.get("resource_provider_generation").asLong(),
                wanted));
        return answer(find(uuid));
    }

    public PlacementResponse delete(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        find(uuid);
        gateways.send(new DeleteProviderTraitsCommand(uuid));
        return PlacementResponse.noContent();
    }

    private ProviderTraits find(String uuid) {
        ProviderTraits traits = gateways.ask(new FindProviderTraitsQuery(uuid), ProviderTraits.class);
        if (traits == null) {
            throw new ObjectNotFoundException("No resource provider with uuid " + uuid + " found");
        }
        return traits;
    }

    private static PlacementResponse answer(ProviderTraits traits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("traits", traits.traits());
        body.put("resource_provider_generation", traits.generation());
        return PlacementResponse.ok(body).lastModified(traits.lastModified());
    }
}
