package org.placementledger.server.handlers.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.audit.VerifyLedgerQuery;
import org.placementledger.api.audit.VerifyReport;
import org.placementledger.server.handlers.Gateways;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/** {@code GET /audit/verify?limit=}: Placement's invariants checked over the whole history (docs/audit.md). */
@Component
public class AuditVerifyHandler {

    private final Gateways gateways;

    public AuditVerifyHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse verify(PlacementRequest request) {
        AuditParams.only(request, "limit");
        long limit = AuditParams.limit(request, AuditParams.DEFAULT_LIMIT, AuditParams.MAX_LIMIT);
        VerifyReport report = gateways.ask(new VerifyLedgerQuery((int) limit), VerifyReport.class);
        return PlacementResponse.ok(body(report)).cacheHeaders(false);
    }

    /** The report in the audit API's snake_case form. */
    public static Map<String, Object> body(VerifyReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events_scanned", report.eventsScanned());
        body.put("counts", report.counts());
        List<Map<String, Object>> findings = report.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind());
            m.put("provider_uuid", f.providerUuid());
            m.put("consumer_uuid", f.consumerUuid());
            m.put("position", f.position());
            m.put("time", f.time() == null ? null : f.time().toString());
            m.put("detail", f.detail());
            return m;
        }).toList();
        body.put("findings", findings);
        body.put("truncated", report.truncated());
        return body;
    }
}
