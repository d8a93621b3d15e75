package org.placementledger.server.http;

import java.util.List;
import java.util.Map;

import org.placementledger.server.auth.RequestContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler sees of a request: its microversion, path parameters, query parameters (every
 * value of every key, in order, as webob's MultiDict keeps them), body and caller.
 */
public record PlacementRequest(String method, String path, Microversion version, Map<String, String> pathParams,
                               Map<String, List<String>> query, byte[] body, String contentType,
                               RequestContext context, String requestId, String baseUrl, String accept) {

    public PlacementRequest(String method, String path, Microversion version, Map<String, String> pathParams,
                            Map<String, List<String>> query, byte[] body, String contentType,
                            RequestContext context, String requestId, String baseUrl) {
        this(method, path, version, pathParams, query, body, contentType, context, requestId, baseUrl, null);
    }

    /** Whether the client asked for {@code application/x-ndjson} (over JSON) in its Accept header. */
    public boolean wantsNdjson() {
        return ContentChecks.prefersNdjson(accept);
    }

    /** The path prefix Placement is mounted under (its SCRIPT_NAME): relative links start with it. */
    public String linkPrefix() {
        return java.net.URI.create(baseUrl).getRawPath();
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The last value of a query key, as Placement's {@code dict(req.GET)} sees it; null when absent. */
    public String lastQueryValue(String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public List<String> queryValues(String key) {
        return query.getOrDefault(key, List.of());
    }

    public boolean hasBody() {
        return body != null && body.length > 0;
    }

    /** The body as JSON; a body that is not JSON is a 400 "Malformed JSON". */
    public JsonNode json() {
        return JsonBodies.parse(body);
    }

    public boolean atLeast(int major, int minor) {
        return version.atLeast(major, minor);
    }
}
