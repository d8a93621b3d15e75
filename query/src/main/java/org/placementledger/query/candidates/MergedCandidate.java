package org.placementledger.query.candidates;

import java.util.List;
import java.util.Map;

/**
 * A candidate satisfying every group: amounts summed per provider and class, and the providers of
 * each group (by suffix, each list sorted and without repeats: the answer's own form, so it is not
 * copied again). Two merged candidates are the same candidate when both maps are equal (Placement's
 * dedup rule), whatever their anchors.
 */
record MergedCandidate(Map<String, Map<String, Long>> allocations, Map<String, List<String>> mappings) {
}
