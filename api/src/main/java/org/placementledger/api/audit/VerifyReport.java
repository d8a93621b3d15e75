package org.placementledger.api.audit;

import java.util.List;
import java.util.Map;

/** What a verify found: the events it walked, the number of findings of each kind, and the findings (capped). */
public record VerifyReport(long eventsScanned,
        Map<String, Long> counts,
        List<VerifyFinding> findings,
        boolean truncated) {
}
