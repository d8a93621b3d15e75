package org.placementledger.query.candidates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * Candidates of the unsuffixed group: per anchor tree, one provider per requested class, taken from
 * the tree or from sharing providers anchored to it (not with in_tree). A provider counts for
 * member_of when it or its anchor's root is in the aggregates, and is excluded when it or that root is
 * in a forbidden one. Traits are checked on the providers a combination actually uses.
 */
final class TreeCandidates {

    private TreeCandidates() {
    }

    /** anchor -> the group's candidates there, only anchors with at least one. */
    static Map<String, Iterable<GroupCandidate>> find(IndexView view, GroupMatch match, Set<String> allowedAnchors) {
        Map<String, Iterable<GroupCandidate>> result = new LinkedHashMap<>();
        providersByAnchor(view, match, allowedAnchors).forEach((anchor, byClass) -> {
            // a provider with a forbidden trait spoils every combination it is in: drop it up front
            Map<String, List<ProviderNode>> usable = new LinkedHashMap<>();
            byClass.forEach((rc, providers) -> usable.put(rc, providers.stream()
                    .filter(p -> TraitRules.allowed(p, match.group().forbiddenTraits())).toList()));
            // no combination can meet a clause that none of the usable providers meets
            List<ProviderNode> all = usable.values().stream().flatMap(List::stream).toList();
            if (!TraitRules.satisfiedBy(all, match.group().requiredTraits(), Set.of())) {
                return;
            }
            TreeCombinations combinations = new TreeCombinations(match.group(), anchor, usable);
            if (combinations.iterator().hasNext()) {
                result.put(anchor, combinations);
            }
        });
        return result;
    }

    /** anchor root -> requested class -> providers able to give it there; only anchors covering every class. */
    private static Map<String, Map<String, List<ProviderNode>>> providersByAnchor(IndexView view, GroupMatch match,
                                                                                Set<String> allowedAnchors) {
        Set<String> sharing = new HashSet<>(view.withTrait(IndexView.SHARING_TRAIT));
        if (match.inAggregates() != null) {
            sharing.retainAll(match.inAggregates());
        }
        Map<String, Set<String>> anchorsOfSharing = new HashMap<>();
        Map<String, Map<String, List<ProviderNode>>> result = null;
        for (Map.Entry<String, List<ProviderNode>> entry : match.withCapacity().entrySet()) {
            Map<String, Set<ProviderNode>> here = new TreeMap<>();
            for (ProviderNode p : entry.getValue()) {
                here.computeIfAbsent(p.rootUuid(), a -> new LinkedHashSet<>()).add(p);
                if (match.treeRoot() == null && sharing.contains(p.uuid())) {
                    anchorsOfSharing.computeIfAbsent(p.uuid(), u -> Sharing.anchorsOf(view, p)).forEach(a -> here.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(p));
                }
            }
            if (allowedAnchors != null) {
                here.keySet().retainAll(allowedAnchors);
            }
            here.forEach((anchor, providers) -> providers.removeIf(p -> !counts(match, anchor, p)));
            here.values().removeIf(Set::isEmpty);
            if (result == null) {
                result = new TreeMap<>();
                for (String anchor : here.keySet()) {
                    result.put(anchor, new LinkedHashMap<>());
                }
            } else {
                result.keySet().retainAll(here.keySet());
            }
            for (Map.Entry<String, Map<String, List<ProviderNode>>> kept : result.entrySet()) {
                kept.getValue().put(entry.getKey(), List.copyOf(here.get(kept.getKey())));
            }
            if (result.isEmpty()) {
                return result;
            }
        }
        return result == null ? Map.of() : result;
    }

    private static boolean counts(GroupMatch match, String anchor, ProviderNode p) {
        if (match.inAggregates() != null
                && !match.inAggregates().contains(p.uuid()) && !match.inAggregates().contains(anchor)) {
            return false;
        }
        return !match.inForbidden().contains(p.uuid()) && !match.inForbidden().contains(anchor);
    }
}
