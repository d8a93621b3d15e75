package org.placementledger.server.metrics;

import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.candidates.FindIndexLagQuery;
import org.placementledger.api.candidates.IndexLag;
import org.springframework.stereotype.Component;

/** Registers the candidates index's lag gauges, asking the read side at each scrape. */
@Component
class IndexLagGauges {

    IndexLagGauges(LedgerMetrics metrics, QueryGateway queries) {
        metrics.indexLag(() -> queries.query(new FindIndexLagQuery(), IndexLag.class).join());
    }
}
