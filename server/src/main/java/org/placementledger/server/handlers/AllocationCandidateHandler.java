package org.placementledger.server.handlers;

import java.util.List;

import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateGeneration;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.handlers.candidates.CandidateRepresentation;
import org.placementledger.server.handlers.candidates.RequestGroupParams;
import org.placementledger.server.handlers.candidates.RequestWideParams;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * {@code GET /allocation_candidates} (1.10+): the query string checked in Placement's order (schema
 * of the version, request-wide parameters, groups, group_policy), the search asked of the ledger,
 * the answer rendered for the version. Last-Modified is "now".
 */
@Component
public class AllocationCandidateHandler {

    private final Gateways gateways;
    private final CandidateGeneration generation;

    public AllocationCandidateHandler(Gateways gateways, PlacementProperties properties) {
        this.gateways = gateways;
        this.generation = new CandidateGeneration(properties.maxAllocationCandidates(),
                "breadth-first".equals(properties.allocationCandidatesGenerationStrategy()),
                properties.randomizeAllocationCandidates());
    }

    public PlacementResponse list(PlacementRequest request) {
        JsonSchemas.validateQuery(schemaName(request), request.query());
        RequestWideParams wide = RequestWideParams.parse(request);
        List<CandidateRequestGroup> groups = RequestGroupParams.parse(request, wide.sameSubtrees());
        if (wide.groupPolicy() == null && groups.stream().filter(CandidateRequestGroup::sameProvider).count() > 1) {
            throw PlacementException.badRequest("The \"group_policy\" parameter is required when specifying "
                    + "more than one \"resources{N}\" parameter.");
        }
        FindAllocationCandidatesQuery query = new FindAllocationCandidatesQuery(groups, wide.limit(),
                wide.groupPolicy(), wide.rootRequired(), wide.rootForbidden(), wide.sameSubtrees(),
                request.atLeast(1, 29), generation);
        AllocationCandidates answer = gateways.ask(query, AllocationCandidates.class);
        CandidateRepresentation json = new CandidateRepresentation(answer, groups, request.version());
        return PlacementResponse.stream("application/json", json::writeTo).cacheHeaders(true);
    }

    private static String schemaName(PlacementRequest request) {
        // the versions at which Placement's query schema changes, newest first
        for (int minor : new int[] {36, 35, 33, 31, 25, 21, 17, 16}) {
            if (request.atLeast(1, minor)) {
                return "allocation-candidates-query-1." + minor;
            }
        }
        return "allocation-candidates-query-1.10";
    }
}
