package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.ConsumerAllocationsView;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.FindConsumerAllocationsQuery;
import org.placementledger.api.allocation.FindProviderAllocationsQuery;
import org.placementledger.api.allocation.ProviderAllocationsView;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.placementledger.server.schema.UuidLikeFormat;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /allocations}, {@code /allocations/{consumer_uuid}} and {@code /resource_providers/{uuid}/allocations}. */
@Component
public class AllocationHandler {

    private final Gateways gateways;
    private final ConflictRetry retry;
    private final PlacementProperties properties;

    public AllocationHandler(Gateways gateways, ConflictRetry retry, PlacementProperties properties) {
        this.gateways = gateways;
        this.retry = retry;
        this.properties = properties;
    }

    public PlacementResponse listForConsumer(PlacementRequest request) {
        ConsumerAllocationsView view = gateways.ask(new FindConsumerAllocationsQuery(request.pathParam("consumer_uuid")),
                ConsumerAllocationsView.class);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> allocations = new LinkedHashMap<>();
        body.put("allocations", allocations);
        if (view != null && !view.allocations().isEmpty()) {
            view.allocations().forEach((rp, resources) -> allocations.put(rp,
                    Map.of("generation", view.providerGenerations().get(rp), "resources", resources)));
            if (request.atLeast(1, 12)) {
                body.put("project_id", view.projectId());
                body.put("user_id", view.userId());
            }
            if (request.atLeast(1, 28)) {
                body.put("consumer_generation", view.generation());
            }
            if (request.atLeast(1, 38)) {
                body.put("consumer_type", view.consumerType() == null ? "unknown" : view.consumerType());
            }
        }
        return PlacementResponse.ok(body).lastModified(view == null ? null : view.lastModified());
    }

    public PlacementResponse listForProvider(PlacementRequest request) {
        String uuid = request.pathParam("uuid");
        ProviderAllocationsView view = gateways.ask(new FindProviderAllocationsQuery(uuid),
                ProviderAllocationsView.class);
        if (view == null) {
            throw PlacementException.notFound("Resource provider '" + uuid + "' not found: No resource provider with uuid "
                    + uuid + " found");
        }
        Map<String, Object> allocations = new LinkedHashMap<>();
        view.allocations().forEach((consumer, resources) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("resources", resources);
            if (request.atLeast(1, 28)) {
                entry.put("consumer_generation", view.consumerGenerations().get(consumer));
            }
            allocations.put(consumer, entry);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocations);
        body.put("resource_provider_generation", view.generation());
        return PlacementResponse.ok(body).lastModified(view.lastModified());
    }

    public PlacementResponse replaceForConsumer(PlacementRequest request) {
        String given = request.pathParam("consumer_uuid");
        String consumer = UuidLikeFormat.canonical(given);
        if (consumer == null) {
            throw PlacementException.badRequest("Malformed consumer_uuid: " + given);
        }
        JsonNode body = request.json();
        JsonSchemas.validateBody(putSchema(request), body);
        ConsumerAllocations wanted = AllocationBodies.read(consumer, body, request.version(), properties);
        write(new ReplaceAllocationsCommand(List.of(wanted)));
        return PlacementResponse.noContent();
    }

    public PlacementResponse replaceMany(PlacementRequest request) {
        JsonNode body = request.json();
        JsonSchemas.validateBody(postSchema(request), body);
        List<ConsumerAllocations> wanted = new ArrayList<>();
        body.fields().forEachRemaining(e -> wanted.add(
                AllocationBodies.read(e.getKey(), e.getValue(), request.version(), properties)));
        write(new ReplaceAllocationsCommand(wanted, true));
        return PlacementResponse.noContent();
    }

    public PlacementResponse deleteForConsumer(PlacementRequest request) {
        String consumer = request.pathParam("consumer_uuid");
        retry.run(() -> gateways.send(new DeleteAllocationsCommand(consumer)));
        return PlacementResponse.noContent();
    }

    private void write(ReplaceAllocationsCommand command) {
        retry.run(() -> gateways.send(command));
    }

    private static String putSchema(PlacementRequest request) {
        if (request.atLeast(1, 38)) {
            return "allocation-put-1.38";
        }
        if (request.atLeast(1, 34)) {
            return "allocation-put-1.34";
        }
        if (request.atLeast(1, 28)) {
            return "allocation-put-1.28";
        }
        if (request.atLeast(1, 12)) {
            return "allocation-put-1.12";
        }
        return request.atLeast(1, 8) ? "allocation-put-1.8" : "allocation-put-1.0";
    }

    private static String postSchema(PlacementRequest request) {
        if (request.atLeast(1, 38)) {
            return "allocation-post-1.38";
        }
        if (request.atLeast(1, 34)) {
            return "allocation-post-1.34";
        }
        return request.atLeast(1, 28) ? "allocation-post-1.28" : "allocation-post-1.13";
    }
}
