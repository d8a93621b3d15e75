package org.placementledger.server.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Request schemas (JSON Schema 2020-12 files under {@code /schemas}, one per resource and version
 * range, as Placement's {@code placement/schemas}) validated by the networknt library; the first
 * error is worded as Python's jsonschema words it, because clients and upstream tests match that text.
 */
public final class JsonSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .format(new UuidLikeFormat()).build()));
    // Query strings check "uuid" more strictly than bodies (Placement master: jsonschema's own checker).
    private static final JsonSchemaFactory QUERY_FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(JsonMetaSchema.builder(
                    JsonMetaSchema.getV202012()).format(new DashedUuidFormat()).build()));
    private static final String QUERY = "query:";
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private JsonSchemas() {
    }

    /** Validates a JSON body; a failure is a 400 "JSON does not validate: …". */
    public static void validateBody(String schemaName, JsonNode body) {
        String error = firstError(schemaName, body);
        if (error != null) {
            throw PlacementException.badRequest("JSON does not validate: " + error);
        }
    }

    /** Validates query parameters (last value per key); a failure is a 400 "Invalid query string parameters: …". */
    public static void validateQuery(String schemaName, Map<String, List<String>> query) {
        var object = MAPPER.createObjectNode();
        query.forEach((k, v) -> object.put(k, v.get(v.size() - 1)));
        String error = firstError(QUERY + schemaName, object);
        if (error != null) {
            throw PlacementException.badRequest("Invalid query string parameters: " + error);
        }
    }

    /** The Python-worded first error, or null when the instance is valid. */
    public static String firstError(String schemaName, JsonNode instance) {
        JsonSchema schema = CACHE.computeIfAbsent(schemaName, JsonSchemas::load);
        Set<ValidationMessage> errors;
        try {
            errors = schema.validate(instance);
        } catch (NumberFormatException e) {
            // networknt cannot compare NaN with a bound and throws; refuse the body instead of a 500.
            return "nan is not a valid number";
        }
        if (errors.isEmpty()) {
            return null;
        }
        // jsonschema's best_match prefers the error nearest the root of the instance.
        ValidationMessage best = errors.stream()
                .min(Comparator.comparingInt(m -> m.getInstanceLocation().getNameCount()))
                .orElseThrow();
        return PythonWording.describe(best, errors, schema.getSchemaNode(), instance);
    }

    private static JsonSchema load(String key) {
        boolean query = key.startsWith(QUERY);
        String name = query ? key.substring(QUERY.length()) : key;
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name);
            }
            return (query ? QUERY_FACTORY : FACTORY).getSchema(MAPPER.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable schema " + name, e);
        }
    }
}
