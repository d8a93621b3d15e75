package org.placementledger.server.handlers.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.audit.FindReplayStatusQuery;
import org.placementledger.api.audit.ReplayStatus;
import org.placementledger.api.audit.StartReplayCommand;
import org.placementledger.server.handlers.Gateways;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/**
 * {@code POST /audit/replay} starts a rebuild of every read model from the event store (202, or a
 * 409 while one runs); {@code GET /audit/replay} follows it.
 */
@Component
public class AuditReplayHandler {

    private final Gateways gateways;

    public AuditReplayHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse start(PlacementRequest request) {
        AuditParams.only(request);
        ReplayStatus started = gateways.send(new StartReplayCommand());
        return PlacementResponse.status(202, body(started)).location(request.baseUrl() + "/audit/replay");
    }

    public PlacementResponse status(PlacementRequest request) {
        AuditParams.only(request);
        return PlacementResponse.ok(body(gateways.ask(new FindReplayStatusQuery(), ReplayStatus.class)))
                .cacheHeaders(false);
    }

    /** The status in the audit API's snake_case form. */
    public static Map<String, Object> body(ReplayStatus s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", s.state());
        body.put("events_processed", s.processed());
        body.put("events_total", s.total());
        body.put("events_per_second", Math.round(s.eventsPerSecond()));
        body.put("started_at", s.startedAt() == null ? null : s.startedAt().toString());
        body.put("finished_at", s.finishedAt() == null ? null : s.finishedAt().toString());
        if (s.error() != null) {
            body.put("error", s.error());
        }
        List<Map<String, Object>> models = s.digests().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", d.table());
            m.put("rows", d.rows());
            m.put("digest_before", d.before());
            m.put("digest_after", d.after());
            m.put("equal", d.equal());
            return m;
        }).toList();
        body.put("read_models", models);
        return body;
    }
}
