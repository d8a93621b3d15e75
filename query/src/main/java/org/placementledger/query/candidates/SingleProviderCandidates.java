package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * Candidates of a suffixed group: each provider that alone has all the group's resources, traits and
 * aggregates (direct membership), anchored at its root and, for a sharing provider, also at every
 * root it shares with. Only anchors allowed by root_required are kept.
 */
final class SingleProviderCandidates {

    private SingleProviderCandidates() {
    }

    /** anchor -> the group's candidates there, anchors in the order they first appear. */
    static AnchoredCandidates find(IndexView view, GroupMatch match, Set<String> allowedAnchors) {
        CandidateRequestGroup group = match.group();
        List<GroupCandidate> result = new ArrayList<>();
        boolean anySharing = !view.withTrait(IndexView.SHARING_TRAIT).isEmpty();
        for (ProviderNode provider : matchingProviders(view, match)) {
            String uuid = provider.uuid();
            List<Claim> claims = new ArrayList<>();
            group.resources().forEach((rc, amount) -> claims.add(new Claim(provider, rc, amount)));
            GroupCandidate own = new GroupCandidate(provider.rootUuid(), group.suffix(), true, List.copyOf(claims),
                    Set.of(uuid));
            if (allowed(allowedAnchors, own.anchor())) {
                result.add(own);
            }
            if (anySharing && Sharing.isSharing(provider)) {
                for (String anchor : Sharing.anchorsOf(view, provider)) {
                    if (!anchor.equals(own.anchor()) && allowed(allowedAnchors, anchor)) {
                        result.add(own.anchoredAt(anchor));
                    }
                }
            }
        }
        Map<String, List<GroupCandidate>> byAnchor = new LinkedHashMap<>();
        for (GroupCandidate c : result) {
            byAnchor.computeIfAbsent(c.anchor(), a -> new ArrayList<>()).add(c);
        }
        return AnchoredCandidates.of(byAnchor);
    }

    /** The providers that alone satisfy the group, in uuid order. */
    private static List<ProviderNode> matchingProviders(IndexView view, GroupMatch match) {
        CandidateRequestGroup group = match.group();
        // null: no positive filter (traits, aggregates) asked for
        Set<String> filtered = null;
        if (!group.requiredTraits().isEmpty()) {
            filtered = GroupMatch.inEveryClause(view, group.requiredTraits(), true);
        }
        if (match.inAggregates() != null) {
            filtered = filtered == null ? new HashSet<>(match.inAggregates()) : filtered;
            filtered.retainAll(match.inAggregates());
        }
        Set<String> forbidden = new HashSet<>(match.inForbidden());
        group.forbiddenTraits().forEach(t -> forbidden.addAll(view.withTrait(t)));
        if (filtered != null) {
            filtered.removeAll(forbidden);
            if (filtered.isEmpty()) {
                return List.of();
            }
        }
        if (group.resources().isEmpty()) {
            // sic: a resourceless group matches only through a required trait or member_of, and in_tree is
            // not applied to it (as Placement's get_provider_ids_matching does)
            return filtered == null ? List.of() : new TreeSet<>(filtered).stream().map(view::provider).toList();
        }
        // the providers of the least common class (in uuid order), each checked for every class
        String rarest = null;
        for (String rc : group.resources().keySet()) {
            if (rarest == null || view.withInventory(rc).size() < view.withInventory(rarest).size()) {
                rarest = rc;
            }
        }
        List<ProviderNode> result = new ArrayList<>();
        for (ProviderNode p : view.withInventory(rarest)) {
            if ((match.treeRoot() == null || match.treeRoot().equals(p.rootUuid())) && fitsAll(p, group.resources())
                    && (filtered == null || filtered.contains(p.uuid())) && !forbidden.contains(p.uuid())) {
                result.add(p);
            }
        }
        return result;
    }

    private static boolean fitsAll(ProviderNode p, Map<String, Long> resources) {
        for (Map.Entry<String, Long> wanted : resources.entrySet()) {
            if (!Capacity.fits(p, wanted.getKey(), wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(Set<String> allowedAnchors, String anchor) {
        return allowedAnchors == null || allowedAnchors.contains(anchor);
    }
}
