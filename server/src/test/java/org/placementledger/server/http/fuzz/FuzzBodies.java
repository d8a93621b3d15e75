package org.placementledger.server.http.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies and query values: valid shapes of the route's body with one part mutated, random
 * JSON of the API's field names, and text that is not JSON at all.
 */
final class FuzzBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("name", "uuid", "parent_provider_uuid",
            "resource_provider_generation", "inventories", "total", "reserved", "min_unit", "max_unit", "step_size",
            "allocation_ratio", "allocations", "resources", "project_id", "user_id", "consumer_generation",
            "consumer_type", "traits", "aggregates", "mappings", "generation", "resource_providers", "bogus");
    private static final List<String> NOT_JSON = List.of("", "{", "[", "nul", "{\"a\":}", "{'name': 'x'}",
            "\uFEFF{\"name\": \"x\"}", "name=x&uuid=y", "<xml/>", "{\"name\": \"x\"} trailing", "1e99999",
            "{\"total\": 1e99999}", "{\"total\": 99999999999999999999999999}", "\"\\ud800\"", "{\"a\":1,\"a\":2}");

    private final Garbage g;
    private final Map<String, List<String>> known;

    FuzzBodies(Garbage g, Map<String, List<String>> known) {
        this.g = g;
        this.known = known;
    }

    String body(String pattern) {
        int kind = g.below(10);
        if (kind == 0) {
            return g.pick(NOT_JSON);
        }
        if (kind == 1) {
            int depth = 500 + g.below(3000);
            return "[".repeat(depth) + "]".repeat(g.chance(0.5) ? depth : 1);
        }
        Object value = kind < 4 ? randomJson(3) : mutate(template(pattern), 3);
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] oversized() {
        return ("{\"name\": \"" + "x".repeat(1024 * 1024 + g.below(100_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    String queryValue(String key) {
        if (g.chance(0.4)) {
            return g.token();
        }
        return switch (key) {
            case "resources", "resources1", "resources_X" -> g.pick(List.of("VCPU", "DISK_GB", "MEMORY_MB", "CUSTOM_X"))
                    + ":" + g.pick(List.of("1", "0", "-1", "1.5", "", "99999999999999999999", "a"));
            case "required", "required1", "required_A" -> g.pick(List.of("HW_CPU_X86_AVX", "!HW_CPU_X86_AVX",
                    "in:HW_CPU_X86_AVX,CUSTOM_A", "!in:X", "CUSTOM_FUZZ", ",", "!"));
            case "member_of", "member_of1" -> g.pick(List.of("", "in:", "!", "!in:")) + g.uuid();
            case "limit" -> g.pick(List.of("0", "-1", "1", "1.0", "9223372036854775808", "abc"));
            case "group_policy" -> g.pick(List.of("none", "isolate", "NONE", ""));
            case "since", "before", "at" -> g.pick(List.of("2020-01-01T00:00:00Z", "0", "-1", "2020-02-30",
                    "9999-12-31T23:59:59Z", "1970-01-01", "yesterday", "2020-01-01T00:00:00%2B99:00"));
            default -> g.chance(0.5) ? g.uuid() : g.uuidish();
        };
    }

    private Object template(String pattern) {
        String rp = g.pick(known.getOrDefault("uuid", List.of(g.uuid())));
        Map<String, Object> body = new LinkedHashMap<>();
        if (pattern.endsWith("/inventories")) {
            body.put("resource_provider_generation", g.below(3));
            body.put("inventories", Map.of("VCPU", Map.of("total", 8), "DISK_GB", Map.of("total", 100, "reserved", 1)));
        } else if (pattern.endsWith("{resource_class}")) {
            body.put("resource_provider_generation", g.below(3));
            body.put("total", 8);
            body.put("max_unit", 4);
        } else if (pattern.startsWith("/allocations") || pattern.equals("/reshaper")) {
            body.put("allocations", Map.of(rp, Map.of("resources", Map.of("VCPU", 1))));
            body.put("project_id", g.uuid());
            body.put("user_id", g.uuid());
            body.put("consumer_generation", null);
            if (pattern.equals("/reshaper")) {
                body.put("inventories", Map.of(rp, Map.of("resource_provider_generation", 0, "inventories", Map.of())));
            }
        } else if (pattern.endsWith("/aggregates")) {
            body.put("aggregates", List.of(g.uuid()));
            body.put("resource_provider_generation", g.below(3));
        } else if (pattern.endsWith("/traits")) {
            body.put("traits", List.of("HW_CPU_X86_AVX", "CUSTOM_FUZZ"));
            body.put("resource_provider_generation", g.below(3));
        } else if (pattern.startsWith("/resource_classes")) {
            body.put("name", "CUSTOM_FUZZ_" + g.below(1000));
        } else {
            body.put("name", "fuzz-" + g.uuid());
            body.put("uuid", g.uuid());
            if (g.chance(0.3)) {
                body.put("parent_provider_uuid", rp);
            }
        }
        return body;
    }

    /** The value with one leaf replaced, one key dropped or one bogus key added, somewhere inside. */
    @SuppressWarnings("unchecked")
    private Object mutate(Object value, int depth) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty() || depth == 0 || g.chance(0.15)) {
            return g.chance(0.2) ? value : randomJson(1);
        }
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
        String key = g.pick(new ArrayList<>(copy.keySet()));
        switch (g.below(4)) {
            case 0 -> copy.remove(key);
            case 1 -> copy.put(g.pick(FIELDS), randomJson(1));
            default -> copy.put(key, mutate(copy.get(key), depth - 1));
        }
        return copy;
    }

    private Object randomJson(int depth) {
        int kind = g.below(depth > 0 ? 12 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1 -> g.chance(0.5);
            case 2 -> g.pick(List.of(0, -1, 1, 2147483648L, Long.MAX_VALUE, -Long.MAX_VALUE));
            case 3 -> g.pick(List.of(1.5, -0.0, 1e308, 0.0001, 16.0));
            case 4 -> new java.math.BigInteger("123456789012345678901234567890");
            case 5, 6 -> g.text();
            case 7 -> g.uuid();
            case 8 -> g.pick(List.of("VCPU", "DISK_GB", "HW_CPU_X86_AVX", "CUSTOM_FUZZ", "null"));
            case 9, 10 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = g.below(4); i > 0; i--) {
                    map.put(g.chance(0.8) ? g.pick(FIELDS) : g.text(), randomJson(depth - 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = g.below(4); i > 0; i--) {
                    list.add(randomJson(depth - 1));
                }
                yield list;
            }
        };
    }
}
