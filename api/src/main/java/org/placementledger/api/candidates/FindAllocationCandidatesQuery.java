package org.placementledger.api.candidates;

import java.util.List;
import java.util.Set;

/**
 * GET /allocation_candidates, parsed and validated; answers AllocationCandidates.
 *
 * @param groups          the request groups in the order of the query string
 * @param limit           at most this many candidates; null for all
 * @param groupPolicy     "none", "isolate" or null
 * @param rootRequired    traits every candidate's root must have (root_required)
 * @param rootForbidden   traits no candidate's root may have
 * @param sameSubtrees    sets of suffixes whose providers must share one subtree
 * @param nestedAware     false below 1.29: a candidate may use only one provider per tree
 * @param generation      the server's candidate generation options
 */
public record FindAllocationCandidatesQuery(List<CandidateRequestGroup> groups,
        Integer limit,
        String groupPolicy,
        Set<String> rootRequired,
        Set<String> rootForbidden,
        List<Set<String>> sameSubtrees,
        boolean nestedAware,
        CandidateGeneration generation) {
}
