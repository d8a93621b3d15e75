package org.placementledger.server.handlers.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.placementledger.api.audit.AuditEvent;
import org.placementledger.api.audit.StreamAuditEventsQuery;
import org.placementledger.server.handlers.Gateways;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /audit/events} (pages of JSON, or the whole stream as NDJSON) and the histories of one
 * provider or consumer ({@code GET /audit/resource_providers/{uuid}/history},
 * {@code GET /audit/consumers/{uuid}/history}): all read from the event store, in global order.
 */
@Component
public class AuditEventHandler {

    // Axon's aggregate type names: the simple names of the command side's aggregate classes.
    static final String PROVIDER = "ResourceProvider";
    static final String CONSUMER = "Consumer";

    private final Gateways gateways;
    private final ObjectMapper mapper;
    private final AuditEntries entries;

    public AuditEventHandler(Gateways gateways, ObjectMapper mapper) {
        this.gateways = gateways;
        this.mapper = mapper;
        this.entries = new AuditEntries(mapper);
    }

    public PlacementResponse events(PlacementRequest request) {
        AuditParams.only(request, "after", "limit");
        long after = AuditParams.after(request);
        if (request.wantsNdjson()) {
            Long limit = AuditParams.limit(request, null, null);
            return PlacementResponse.stream("application/x-ndjson", out -> export(out, after, limit));
        }
        ObjectNode body = page(request, after, null, null, "events", entries::event);
        return PlacementResponse.ok(body).cacheHeaders(false);
    }

    public PlacementResponse providerHistory(PlacementRequest request) {
        return history(request, PROVIDER, "resource_provider_uuid");
    }

    public PlacementResponse consumerHistory(PlacementRequest request) {
        return history(request, CONSUMER, "consumer_uuid");
    }

    private PlacementResponse history(PlacementRequest request, String aggregateType, String idKey) {
        AuditParams.only(request, "after", "limit");
        String uuid = request.pathParam("uuid");
        ObjectNode body = mapper.createObjectNode();
        body.put(idKey, uuid);
        body.setAll(page(request, AuditParams.after(request), aggregateType, uuid, "history", entries::change));
        return PlacementResponse.ok(body).cacheHeaders(false);
    }

    /** One page: the entries, whether more follow, and where the next page starts. */
    private ObjectNode page(PlacementRequest request, long after, String aggregateType, String aggregateId,
                            String listKey, Function<AuditEvent, JsonNode> render) {
        long limit = AuditParams.limit(request, AuditParams.DEFAULT_LIMIT, AuditParams.MAX_LIMIT);
        List<AuditEvent> found = new ArrayList<>();
        gateways.ask(new StreamAuditEventsQuery(after, limit + 1, aggregateType, aggregateId, found::add), Long.class);
        boolean more = found.size() > limit;
        List<AuditEvent> shown = more ? found.subList(0, (int) limit) : found;
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray(listKey);
        shown.forEach(e -> list.add(render.apply(e)));
        body.put("has_more", more);
        long last = shown.isEmpty() ? after : shown.get(shown.size() - 1).position();
        if (last >= 0) {
            ObjectNode next = body.putObject("next");
            next.put("after", last);
            next.put("href", request.baseUrl() + request.path() + "?after=" + last + "&limit=" + limit);
        } else {
            body.putNull("next");
        }
        return body;
    }

    /** Every event after {@code after}, one JSON object a line, written as the rows are read. */
    private void export(OutputStream raw, long after, Long limit) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
        gateways.ask(new StreamAuditEventsQuery(after, limit, null, null, event -> {
            try {
                out.write(mapper.writeValueAsBytes(entries.event(event)));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), Long.class);
        out.flush();
    }
}
