package org.placementledger.query.candidates;

import java.util.Map;
import java.util.Set;

/**
 * A candidate satisfying every group: amounts summed per provider and class, and the providers of
 * each group. Two merged candidates are the same candidate when both maps are equal (Placement's
 * dedup rule), whatever their anchors.
 */
record MergedCandidate(Map<String, Map<String, Long>> allocations, Map<String, Set<String>> mappings) {
}
