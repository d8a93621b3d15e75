package org.placementledger.query.candidates;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate satisfying every group: amounts summed per provider and class, and the providers of
 * each group (by suffix, each list sorted and without repeats: the answer's own form, so it is not
 * copied again). Two merged candidates are the same candidate when both maps are equal (Placement's
 * dedup rule), whatever their anchors. {@code roots} (of the providers it takes from) follows from the
 * allocations, so it changes nothing in that rule; kept so the selection and the summaries need no lookup.
 */
record MergedCandidate(Map<String, Map<String, Long>> allocations, Map<String, List<String>> mappings,
                       Set<String> roots) {
}
