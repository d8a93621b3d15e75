package org.placementledger.server.handlers.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.server.http.Microversion;

/**
 * The JSON of GET /allocation_candidates per microversion: allocation requests as a list of
 * providers (1.10-1.11) or a dict by provider (1.12+, with mappings from 1.34); provider summaries
 * with the requested classes only (below 1.27) or all, traits from 1.17, parent and root from 1.29.
 */
public final class CandidateRepresentation {

    private CandidateRepresentation() {
    }

    public static Map<String, Object> render(AllocationCandidates answer, List<CandidateRequestGroup> groups,
                                             Microversion version) {
        List<Object> requests = new ArrayList<>();
        for (CandidateAllocation candidate : answer.requests()) {
            requests.add(version.atLeast(1, 12) ? dictForm(candidate, version) : listForm(candidate));
        }
        Set<String> requested = new HashSet<>();
        groups.forEach(g -> requested.addAll(g.resources().keySet()));
        Map<String, Object> summaries = new LinkedHashMap<>();
        answer.summaries().forEach((uuid, summary) -> summaries.put(uuid, summary(summary, requested, version)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocation_requests", requests);
        body.put("provider_summaries", summaries);
        return body;
    }

    private static Map<String, Object> dictForm(CandidateAllocation candidate, Microversion version) {
        Map<String, Object> allocations = new LinkedHashMap<>();
        candidate.allocations().forEach((rp, resources) -> allocations.put(rp, Map.of("resources", resources)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("allocations", allocations);
        if (version.atLeast(1, 34)) {
            result.put("mappings", candidate.mappings());
        }
        return result;
    }

    private static Map<String, Object> listForm(CandidateAllocation candidate) {
        List<Object> allocations = new ArrayList<>();
        candidate.allocations().forEach((rp, resources) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("resource_provider", Map.of("uuid", rp));
            entry.put("resources", resources);
            allocations.add(entry);
        });
        return Map.of("allocations", allocations);
    }

    private static Map<String, Object> summary(ProviderSummary summary, Set<String> requested, Microversion version) {
        Map<String, Object> resources = new LinkedHashMap<>();
        summary.resources().forEach((rc, r) -> {
            if (version.atLeast(1, 27) || requested.contains(rc)) {
                Map<String, Object> amounts = new LinkedHashMap<>();
                amounts.put("capacity", r.capacity());
                amounts.put("used", r.used());
                resources.put(rc, amounts);
            }
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resources", resources);
        if (version.atLeast(1, 17)) {
            result.put("traits", summary.traits());
        }
        if (version.atLeast(1, 29)) {
            result.put("parent_provider_uuid", summary.parentUuid());
            result.put("root_provider_uuid", summary.rootUuid());
        }
        return result;
    }
}
