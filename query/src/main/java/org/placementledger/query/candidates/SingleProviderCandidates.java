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
        Set<String> matching = matchingProviders(view, match);
        List<GroupCandidate> result = new ArrayList<>();
        for (String uuid : new TreeSet<>(matching)) {
            ProviderNode provider = view.provider(uuid);
            List<Claim> claims = new ArrayList<>();
            group.resources().forEach((rc, amount) -> claims.add(new Claim(uuid, rc, amount)));
            GroupCandidate own = new GroupCandidate(provider.rootUuid(), group.suffix(), true, List.copyOf(claims),
                    Set.of(uuid));
            if (allowed(allowedAnchors, own.anchor())) {
                result.add(own);
            }
            if (Sharing.isSharing(provider)) {
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

    private static Set<String> matchingProviders(IndexView view, GroupMatch match) {
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
                return Set.of();
            }
        }
        if (group.resources().isEmpty()) {
            // sic: a resourceless group matches only through a required trait or member_of, and in_tree is
            // not applied to it (as Placement's get_provider_ids_matching does)
            return filtered == null ? Set.of() : filtered;
        }
        Set<String> result = null;
        for (Map.Entry<String, Long> wanted : group.resources().entrySet()) {
            Set<String> uuids = new HashSet<>();
            for (ProviderNode p : view.withInventory(wanted.getKey())) {
                if ((match.treeRoot() == null || match.treeRoot().equals(p.rootUuid()))
                        && Capacity.fits(p, wanted.getKey(), wanted.getValue())) {
                    uuids.add(p.uuid());
                }
            }
            if (result == null) {
                result = uuids;
            } else {
                result.retainAll(uuids);
            }
        }
        if (filtered != null) {
            result.retainAll(filtered);
        }
        result.removeAll(forbidden);
        return result;
    }

    private static boolean allowed(Set<String> allowedAnchors, String anchor) {
        return allowedAnchors == null || allowedAnchors.contains(anchor);
    }
}
