package org.placementledger.api.candidates;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request group of GET /allocation_candidates: suffix "" is the unsuffixed group (its resources
 * may come from several providers of one tree and sharing providers); any other suffix must be met
 * by one provider. Each required-trait and member_of set is an any-of clause; clauses are AND'd.
 * {@code resources} keeps the order of the query; {@code inTree} is null when not given.
 */
public record CandidateRequestGroup(String suffix,
        Map<String, Long> resources,
        List<Set<String>> requiredTraits,
        Set<String> forbiddenTraits,
        List<Set<String>> memberOf,
        Set<String> forbiddenAggregates,
        String inTree) {

    public boolean sameProvider() {
        return !suffix.isEmpty();
    }
}
