package org.placementledger.server.http.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile requests at the routes of the route table: random methods, paths from the route
 * patterns with real, random or garbage segments, random query strings, bodies ({@link FuzzBodies})
 * and headers. Seeded, so a failure can be replayed.
 */
final class FuzzCorpus {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "TRACE", "FOO", "get");
    private static final List<String> QUERY_KEYS = List.of("name", "uuid", "member_of", "in_tree", "resources",
            "required", "forbidden", "limit", "group_policy", "root_required", "same_subtree", "project_id",
            "user_id", "consumer_type", "resources1", "required1", "member_of1", "in_tree1", "resources_X",
            "required_A", "associated", "since", "before", "at", "event_type", "provider", "consumer", "page",
            "marker", "sort", "format", "bogus");
    private static final List<String> VERSIONS = List.of("placement latest", "placement 1.99", "placement 2.0",
            "placement 1.", "placement 1.0.1", "placement abc", "placement -1.5", "placement 01.010", "compute 2.1",
            "placement", "", "placement 1.2, compute 2.1", "placement 1.39;q=1", "placement 9999999999.1");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/html", "application/xml",
            "application/x-ndjson", "application/json;q=0", "a/b/c;;q=x", ";", "application/*", "text/*;q=0.5",
            "application/json, application/x-ndjson;q=0.9");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json; charset=garbage", "json", ";;", "application/JSON", "*/*");

    private final Garbage g;
    private final FuzzBodies bodies;
    private final List<Map.Entry<String, String>> routes;
    private final Map<String, List<String>> known;

    /**
     * @param routes method and path pattern of every route
     * @param known  real values per path parameter name (e.g. uuid → providers that exist)
     */
    FuzzCorpus(long seed, List<Map.Entry<String, String>> routes, Map<String, List<String>> known) {
        Random random = new Random(seed);
        this.g = new Garbage(random);
        this.bodies = new FuzzBodies(g, known);
        this.routes = routes;
        this.known = known;
    }

    FuzzRequest next() {
        Map.Entry<String, String> route = g.pick(routes);
        String pattern = route.getValue();
        String method = g.chance(0.75) ? route.getKey() : g.pick(METHODS);
        String target = path(pattern) + query();
        List<Map.Entry<String, String>> headers = headers();
        byte[] body = null;
        if (g.chance(method.equals("GET") ? 0.15 : 0.8)) {
            body = bodies.body(pattern).getBytes(StandardCharsets.UTF_8);
            if (g.chance(0.01)) {
                body = bodies.oversized();
            } else if (g.chance(0.03)) {
                body = new byte[] {(byte) 0xff, (byte) 0xfe, '{', (byte) 0xc3, '}'};
            }
            if (g.chance(0.85)) {
                headers.add(Map.entry("Content-Type", g.chance(0.7) ? "application/json" : g.pick(CONTENT_TYPES)));
            }
            if (g.chance(0.02)) {
                headers.add(Map.entry("Content-Length", g.pick(List.of("abc", "-1", "1.5", "0x10", " "))));
            }
        }
        return new FuzzRequest(method, target, headers, body, body != null && g.chance(0.1));
    }

    private String path(String pattern) {
        StringBuilder path = new StringBuilder();
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                List<String> real = known.getOrDefault(name, List.of());
                path.append(!real.isEmpty() && g.chance(0.6) ? g.pick(real) : g.segment());
            } else {
                path.append(g.chance(0.01) ? g.segment() : segment);
            }
        }
        if (path.isEmpty()) {
            path.append('/');
        }
        return switch (g.below(40)) {
            case 0 -> path + "/";
            case 1 -> path + "/" + g.segment();
            case 2 -> "/" + path;
            case 3 -> path.toString().replace("_", "%5F");
            default -> path.toString();
        };
    }

    private String query() {
        if (g.chance(0.4)) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        int n = 1 + g.below(4);
        for (int i = 0; i < n; i++) {
            String key = g.chance(0.9) ? g.pick(QUERY_KEYS) : g.token();
            String value = bodies.queryValue(key);
            pairs.add(g.chance(0.05) ? key : key + "=" + value);
            if (g.chance(0.15)) {
                pairs.add(key + "=" + bodies.queryValue(key));
            }
        }
        String query = String.join(g.chance(0.05) ? "&&" : "&", pairs);
        return "?" + (g.chance(0.03) ? g.segment() : query);
    }

    private List<Map.Entry<String, String>> headers() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (g.chance(0.85)) {
            headers.add(Map.entry("X-Auth-Token", "admin"));
        } else if (g.chance(0.5)) {
            headers.add(Map.entry("X-Auth-Token", "user:" + g.uuidish()));
            headers.add(Map.entry("X-Roles", g.pick(List.of("reader", "member", "admin,reader", "service", ""))));
        } else if (g.chance(0.5)) {
            headers.add(Map.entry("X-Auth-Token", g.chars("abc:", 1 + g.below(5))));
        }
        if (g.chance(0.85)) {
            headers.add(Map.entry("OpenStack-API-Version",
                    g.chance(0.8) ? "placement 1." + g.below(40) : g.pick(VERSIONS)));
        }
        if (g.chance(0.7)) {
            headers.add(Map.entry("Accept", g.chance(0.6) ? "application/json" : g.pick(ACCEPTS)));
        }
        if (g.chance(0.05)) {
            headers.add(Map.entry(g.pick(List.of("X-OpenStack-Request-Id", "OpenStack-System-Scope", "X-Project-Id",
                    "Origin", "Access-Control-Request-Method")), g.token()));
        }
        return headers;
    }
}
