package org.placementledger.api.allocation;

import java.util.Map;

/** Usage per consumer type (key 'unknown' for consumers with no type) and per resource class, with consumer counts. */
public record UsageReport(Map<String, Map<String, Long>> usagesByType,
        Map<String, Long> consumerCountByType) {
}
