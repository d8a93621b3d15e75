package org.placementledger.query.candidates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.query.candidates.index.IndexView;

/**
 * Placement's allocation candidate search on the index: root_required anchors, then each group's
 * candidates in request order (an unknown name is a 400; a group with none ends the search with an
 * empty answer), then the merge of all groups, the selection and the provider summaries.
 */
public final class CandidateSearch {

    private CandidateSearch() {
    }

    public static AllocationCandidates run(IndexView view, FindAllocationCandidatesQuery query) {
        Set<String> anchors = RootFilter.allowedAnchors(view, query.rootRequired(), query.rootForbidden());
        if (anchors != null && anchors.isEmpty()) {
            return AllocationCandidates.NONE;
        }
        Map<String, AnchoredCandidates> bySuffix = new LinkedHashMap<>();
        for (CandidateRequestGroup group : query.groups()) {
            GroupMatch match = GroupMatch.of(view, group);
            if (match == null) {
                return AllocationCandidates.NONE;
            }
            AnchoredCandidates found = group.sameProvider()
                    ? SingleProviderCandidates.find(view, match, anchors)
                    : TreeCandidates.find(view, match, anchors);
            if (found.isEmpty()) {
                return AllocationCandidates.NONE;
            }
            bySuffix.put(group.suffix(), found);
        }
        var merged = CandidateMerge.candidates(view, bySuffix, "isolate".equals(query.groupPolicy()),
                query.sameSubtrees(), query.generation().breadthFirst());
        CandidateSelection selection = CandidateSelection.select(view, merged, query.limit(), query.nestedAware(),
                query.generation());
        if (selection.kept().isEmpty()) {
            return AllocationCandidates.NONE;
        }
        List<CandidateAllocation> requests = selection.kept().stream()
                .map(m -> new CandidateAllocation(m.allocations(), m.mappings())).toList();
        return new AllocationCandidates(requests, Summaries.of(view, selection));
    }
}
