package org.placementledger.api.candidates;

import java.util.List;
import java.util.Map;

/**
 * One allocation candidate: what to take from which provider ({@code provider -> class -> amount})
 * and which providers met each request group ({@code suffix -> providers}, "" for the unsuffixed group).
 */
public record CandidateAllocation(Map<String, Map<String, Long>> allocations,
        Map<String, List<String>> mappings) {
}
