package org.placementledger.server.handlers;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.DeleteResourceProviderCommand;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.ListResourceProvidersQuery;
import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.api.provider.ResourceProviderList;
import org.placementledger.api.provider.ResourceProviderView;
import org.placementledger.api.provider.UpdateResourceProviderCommand;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.placementledger.server.schema.UuidLikeFormat;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /resource_providers} and {@code /resource_providers/{uuid}}. */
@Component
public class ResourceProviderHandler {

    private final Gateways gateways;
    private final ProviderListFilters filters;

    public ResourceProviderHandler(Gateways gateways, ProviderListFilters filters) {
        this.gateways = gateways;
        this.filters = filters;
    }

    public PlacementResponse list(PlacementRequest request) {
        ProviderFilter filter = filters.parse(request);
        List<ResourceProviderView> providers = filter == null ? List.of()
                : gateways.ask(new ListResourceProvidersQuery(filter), ResourceProviderList.class).providers();
        String prefix = request.linkPrefix(); // parsed from the base URL: once per list, not per provider
        List<Map<String, Object>> body = providers.stream()
                .map(rp -> ProviderRepresentation.of(rp, request.version(), prefix)).toList();
        Instant newest = providers.stream().map(ResourceProviderView::updatedAt).max(Comparator.naturalOrder())
                .orElse(null);
        return PlacementResponse.ok(Map.of("resource_providers", body)).lastModified(newest);
    }

    public PlacementResponse create(PlacementRequest request) {
        JsonNode body = request.json();
        JsonSchemas.validateBody(request.atLeast(1, 14) ? "resource-provider-post-1.14"
                : "resource-provider-post-1.0", body);
        String name = body.get("name").asText();
        String uuid = body.hasNonNull("uuid") ? UuidLikeFormat.canonical(body.get("uuid").asText())
                : UUID.randomUUID().toString();
        String parent = parentOf(body);
        gateways.send(new CreateResourceProviderCommand(uuid, name, parent));
        String location = request.baseUrl() + "/resource_providers/" + uuid;
        if (!request.atLeast(1, 20)) {
            return PlacementResponse.created().location(location);
        }
        ResourceProviderView created = find(uuid);
        return PlacementResponse.ok(ProviderRepresentation.of(created, request.version(), request.linkPrefix())).location(location);
    }

    public PlacementResponse show(PlacementRequest request) {
        ResourceProviderView rp = find(request.pathParam("uuid"));
        return PlacementResponse.ok(ProviderRepresentation.of(rp, request.version(), request.linkPrefix())).lastModified(rp.updatedAt());
    }

    public PlacementResponse update(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        ResourceProviderView before = find(uuid); // Placement looks the provider up before it reads the body
        JsonNode body = request.json();
        JsonSchemas.validateBody(request.atLeast(1, 14) ? "resource-provider-put-1.14"
                : "resource-provider-put-1.0", body);
        String parent = request.atLeast(1, 14) && body.has("parent_provider_uuid") ? parentOf(body)
                : before.parentUuid();
        gateways.send(new UpdateResourceProviderCommand(uuid, body.get("name").asText(), parent,
                request.atLeast(1, 37)));
        ResourceProviderView after = find(uuid);
        PlacementResponse response = PlacementResponse.ok(ProviderRepresentation.of(after, request.version(), request.linkPrefix()));
        // Placement sends the updated_at it loaded before the update. Creating a root writes its row twice
        // (the root id is set after the insert), so only a child that was never changed since has none.
        if (before.parentUuid() == null || !before.updatedAt().equals(before.createdAt())) {
            return response.lastModified(before.updatedAt());
        }
        response.cacheHeaders(false);
        return request.atLeast(1, 15) ? response.header("Cache-Control", "no-cache") : response;
    }

    public PlacementResponse delete(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        if (gateways.ask(new FindResourceProviderQuery(uuid), ResourceProviderView.class) == null) {
            throw PlacementException.notFound("No resource provider with uuid " + uuid + " found for delete");
        }
        gateways.send(new DeleteResourceProviderCommand(uuid));
        return PlacementResponse.noContent();
    }

    ResourceProviderView find(String uuid) {
        ResourceProviderView rp = gateways.ask(new FindResourceProviderQuery(uuid), ResourceProviderView.class);
        if (rp == null) {
            throw new ObjectNotFoundException("No resource provider with uuid " + uuid + " found");
        }
        return rp;
    }

    private static String parentOf(JsonNode body) {
        JsonNode parent = body.get("parent_provider_uuid");
        return parent == null || parent.isNull() ? null : UuidLikeFormat.canonical(parent.asText());
    }
}
