package org.placementledger.server.handlers;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.http.Microversion;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an allocation body (already schema-valid) into what a consumer is to hold, per microversion:
 * the list form below 1.12 (the last record of a provider wins), the dict form from 1.12, project and
 * user from 1.8 (before: Placement's "incomplete consumer" ids), the consumer generation from 1.28 and
 * the consumer type from 1.38. Mappings (1.34) are accepted and ignored, as Placement does.
 */
final class AllocationBodies {

    private AllocationBodies() {
    }

    static ConsumerAllocations read(String consumerUuid, JsonNode body, Microversion version,
                                    PlacementProperties properties) {
        return read(consumerUuid, body, version, properties, version.atLeast(1, 28));
    }

    /** As above; {@code generationChecked} is always true for the reshaper, whatever the version. */
    static ConsumerAllocations read(String consumerUuid, JsonNode body, Microversion version,
                                    PlacementProperties properties, boolean generationChecked) {
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        JsonNode given = body.get("allocations");
        if (given.isArray()) {
            for (JsonNode record : given) {
                allocations.put(record.at("/resource_provider/uuid").asText(), resources(record.get("resources")));
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> providers = given.fields();
            while (providers.hasNext()) {
                Map.Entry<String, JsonNode> provider = providers.next();
                allocations.put(provider.getKey(), resources(provider.getValue().get("resources")));
            }
        }
        String project = body.hasNonNull("project_id") ? body.get("project_id").asText()
                : properties.incompleteConsumerProjectId();
        String user = body.hasNonNull("user_id") ? body.get("user_id").asText()
                : properties.incompleteConsumerUserId();
        Long generation = generationChecked && body.hasNonNull("consumer_generation")
                ? body.get("consumer_generation").asLong() : null;
        String type = version.atLeast(1, 38) ? body.get("consumer_type").asText() : null;
        return new ConsumerAllocations(consumerUuid, allocations, project, user, type, generation, generationChecked);
    }

    private static Map<String, Long> resources(JsonNode node) {
        Map<String, Long> resources = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> resources.put(e.getKey(), e.getValue().asLong()));
        return resources;
    }
}
