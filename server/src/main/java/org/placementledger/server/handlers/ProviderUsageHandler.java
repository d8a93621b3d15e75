package org.placementledger.server.handlers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.FindProviderUsagesQuery;
import org.placementledger.api.provider.ProviderUsages;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/** {@code GET /resource_providers/{uuid}/usages}: usage of every class the provider has inventory of. */
@Component
public class ProviderUsageHandler {

    private final Gateways gateways;

    public ProviderUsageHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse providerUsages(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        ProviderUsages found = gateways.ask(new FindProviderUsagesQuery(uuid), ProviderUsages.class);
        if (found == null) {
            String message = "No resource provider with uuid " + uuid + " found";
            throw PlacementException.notFound(message + ": " + message);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resource_provider_generation", found.generation());
        body.put("usages", found.usages());
        // Last-Modified is "now": usage is a question about the present (as Placement says).
        return PlacementResponse.ok(body);
    }
}
