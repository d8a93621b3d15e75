package org.placementledger.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Helpers of the allocation HTTP tests: providers with inventory, and short reads. */
public abstract class LedgerHttpTest extends HttpApiTest {

    /** A fresh root provider with {@code total} of each class given ({@code "VCPU", 8, "DISK_GB", 100}). */
    protected String providerWith(Object... classAndTotal) {
        String uuid = createProvider();
        Map<String, Object> inventories = new LinkedHashMap<>();
        for (int i = 0; i < classAndTotal.length; i += 2) {
            inventories.put((String) classAndTotal[i], Map.of("total", classAndTotal[i + 1]));
        }
        Reply r = put("/resource_providers/" + uuid + "/inventories",
                Map.of("resource_provider_generation", 0, "inventories", inventories)).send();
        if (r.status() != 200) {
            throw new AssertionError("could not set inventory: " + r.status() + " " + r.raw());
        }
        return uuid;
    }

    protected long generationOf(String provider) {
        return get("/resource_providers/" + provider).send().json().get("generation").asLong();
    }

    protected JsonNode allocationsOf(String consumer, String version) {
        Reply r = get("/allocations/" + consumer).version(version).send();
        if (r.status() != 200) {
            throw new AssertionError("GET /allocations/" + consumer + ": " + r.status() + " " + r.raw());
        }
        return r.json();
    }

    protected JsonNode usagesOf(String provider) {
        return get("/resource_providers/" + provider + "/usages").send().json().get("usages");
    }

    /** A 1.28+ dict-form body: {rp: {resources}} with project, user and consumer generation. */
    protected static Map<String, Object> body(Map<String, Object> allocations, Object consumerGeneration) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocations);
        body.put("project_id", "proj");
        body.put("user_id", "user");
        body.put("consumer_generation", consumerGeneration);
        return body;
    }

    protected static Map<String, Object> on(String provider, Object... classAndAmount) {
        Map<String, Object> resources = new LinkedHashMap<>();
        for (int i = 0; i < classAndAmount.length; i += 2) {
            resources.put((String) classAndAmount[i], classAndAmount[i + 1]);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(provider, Map.of("resources", resources));
        return out;
    }

    /** The Placement error code of a refusal (sent from 1.23). */
    protected static String code(Reply r) {
        return r.json().at("/errors/0/code").asText();
    }
}
