package org.placementledger.server.handlers.audit;

import java.io.IOException;
import java.util.Arrays;

import org.placementledger.api.audit.AuditEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * How a stored event is shown: whole (the event stream: payload and metadata as the ledger wrote
 * them) or as one change in a history (the payload with who and which request, in snake case).
 */
public final class AuditEntries {

    private final ObjectMapper mapper;

    public AuditEntries(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode event(AuditEvent e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("position", e.position());
        node.put("timestamp", e.timestamp().toString());
        node.put("type", e.type());
        node.put("revision", e.revision());
        node.put("aggregate_type", e.aggregateType());
        node.put("aggregate_id", e.aggregateId());
        node.put("sequence_number", e.sequenceNumber());
        node.set("payload", parse(e.payloadJson()));
        node.set("metadata", parse(e.metaDataJson()));
        return node;
    }

    ObjectNode change(AuditEvent e) {
        JsonNode meta = parse(e.metaDataJson());
        ObjectNode node = mapper.createObjectNode();
        node.put("position", e.position());
        node.put("timestamp", e.timestamp().toString());
        node.put("type", e.type());
        node.set("change", parse(e.payloadJson()));
        node.set("request_id", orNull(meta, "requestId"));
        node.set("global_request_id", orNull(meta, "globalRequestId"));
        node.set("user_id", orNull(meta, "userId"));
        node.set("project_id", orNull(meta, "projectId"));
        ArrayNode roles = node.putArray("roles");
        String stored = meta.path("roles").asText("");
        Arrays.stream(stored.split(",")).filter(r -> !r.isEmpty()).forEach(roles::add);
        node.set("microversion", orNull(meta, "microversion"));
        return node;
    }

    private static JsonNode orNull(JsonNode meta, String key) {
        JsonNode value = meta.get(key);
        return value == null ? NullNode.instance : value;
    }

    /** Stored JSON as JSON; anything else (never written by this ledger) as its text. */
    private JsonNode parse(String json) {
        if (json == null) {
            return NullNode.instance;
        }
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            return TextNode.valueOf(json);
        }
    }
}
