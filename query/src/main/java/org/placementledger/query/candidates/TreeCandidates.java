package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * Candidates of the unsuffixed group: per anchor tree, one provider per requested class, taken from
 * the tree or from sharing providers anchored to it (not with in_tree). A provider counts for
 * member_of when it or its anchor's root is in the aggregates, and is excluded when it or that root is
 * in a forbidden one. Traits are checked on the providers a combination actually uses.
 * Anchors are visited in uuid order and each is worked out only when the merge reaches it.
 */
final class TreeCandidates implements AnchoredCandidates {

    private final IndexView view;
    private final GroupMatch match;
    private final Set<String> allowedAnchors;
    private final Map<String, List<ProviderNode>> sharingByAnchor;
    // anchor -> its combinations, or NONE; filled as anchors are reached
    private final Map<String, Iterable<GroupCandidate>> reached = new HashMap<>();
    private static final Iterable<GroupCandidate> NONE = List.of();

    private TreeCandidates(IndexView view, GroupMatch match, Set<String> allowedAnchors) {
        this.view = view;
        this.match = match;
        this.allowedAnchors = allowedAnchors;
        this.sharingByAnchor = match.treeRoot() == null ? sharingByAnchor(view, match) : Map.of();
    }

    static AnchoredCandidates find(IndexView view, GroupMatch match, Set<String> allowedAnchors) {
        return new TreeCandidates(view, match, allowedAnchors);
    }

    @Override
    public Iterator<String> anchors() {
        Iterator<String> visit = anchorsToVisit();
        return new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null && visit.hasNext()) {
                    String anchor = visit.next();
                    if (at(anchor) != null) {
                        next = anchor;
                    }
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String result = next;
                next = null;
                return result;
            }
        };
    }

    @Override
    public Iterable<GroupCandidate> at(String anchor) {
        Iterable<GroupCandidate> found = reached.computeIfAbsent(anchor, this::combinationsAt);
        return found == NONE ? null : found;
    }

    /**
     * Every anchor that could have a candidate, in uuid order: the in_tree root alone; with member_of
     * over few providers, the roots those providers (or sharing providers among them) anchor; else every root.
     */
    private Iterator<String> anchorsToVisit() {
        if (match.treeRoot() != null) {
            return List.of(match.treeRoot()).iterator();
        }
        Set<String> members = match.inAggregates();
        if (members != null && members.size() < view.rootCount()) {
            Set<String> anchors = new TreeSet<>(sharingByAnchor.keySet());
            members.forEach(uuid -> anchors.add(view.provider(uuid).rootUuid()));
            return anchors.iterator();
        }
        Iterator<ProviderNode> roots = view.roots().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return roots.hasNext();
            }

            @Override
            public String next() {
                return roots.next().uuid();
            }
        };
    }

    private Iterable<GroupCandidate> combinationsAt(String anchor) {
        if (allowedAnchors != null && !allowedAnchors.contains(anchor)) {
            return NONE;
        }
        Collection<ProviderNode> tree = view.tree(anchor);
        if (tree.size() == 1 && !sharingByAnchor.containsKey(anchor) && !match.group().resources().isEmpty()) {
            return aloneAt(anchor, tree.iterator().next());
        }
        Map<String, List<ProviderNode>> usable = new LinkedHashMap<>();
        List<ProviderNode> all = new ArrayList<>();
        for (Map.Entry<String, Long> wanted : match.group().resources().entrySet()) {
            List<ProviderNode> providers = providersAt(anchor, tree, wanted.getKey(), wanted.getValue());
            // a provider with a forbidden trait spoils every combination it is in: drop it up front
            providers.removeIf(p -> !TraitRules.allowed(p, match.group().forbiddenTraits()));
            if (providers.isEmpty()) {
                return NONE;
            }
            usable.put(wanted.getKey(), providers);
            all.addAll(providers);
        }
        // no combination can meet a clause that none of the usable providers meets
        if (usable.isEmpty() || !TraitRules.satisfiedBy(all, match.group().requiredTraits(), Set.of())) {
            return NONE;
        }
        Iterable<GroupCandidate> combinations = TreeCombinations.of(match.group(), anchor, usable);
        return combinations.iterator().hasNext() ? combinations : NONE;
    }

    /**
     * A tree of one provider and no sharing providers (every flat provider): its one combination, the
     * provider giving every class, as the general path would build it but without its lists and maps.
     */
    private Iterable<GroupCandidate> aloneAt(String anchor, ProviderNode only) {
        CandidateRequestGroup group = match.group();
        List<Claim> claims = new ArrayList<>(group.resources().size());
        for (Map.Entry<String, Long> wanted : group.resources().entrySet()) {
            if (!gives(anchor, only, wanted.getKey(), wanted.getValue())) {
                return NONE;
            }
            claims.add(new Claim(only, wanted.getKey(), wanted.getValue()));
        }
        if (!TraitRules.satisfiedBy(List.of(only), group.requiredTraits(), group.forbiddenTraits())) {
            return NONE;
        }
        return List.of(new GroupCandidate(anchor, group.suffix(), false, claims, Set.of(only.uuid())));
    }

    /** The providers of the anchor's tree and the sharing providers anchored to it that can give the amount, by uuid. */
    private List<ProviderNode> providersAt(String anchor, Collection<ProviderNode> tree, String resourceClass,
                                           long amount) {
        List<ProviderNode> sharing = sharingByAnchor.getOrDefault(anchor, List.of());
        Map<String, ProviderNode> byUuid = sharing.isEmpty() ? null : new TreeMap<>();
        List<ProviderNode> result = new ArrayList<>();
        for (ProviderNode p : tree) {
            if (gives(anchor, p, resourceClass, amount)) {
                result.add(p);
            }
        }
        if (byUuid == null) {
            return result;
        }
        result.forEach(p -> byUuid.put(p.uuid(), p));
        for (ProviderNode p : sharing) {
            if (gives(anchor, p, resourceClass, amount)) {
                byUuid.put(p.uuid(), p);
            }
        }
        return new ArrayList<>(byUuid.values());
    }

    private boolean gives(String anchor, ProviderNode p, String resourceClass, long amount) {
        if (match.treeRoot() != null && !match.treeRoot().equals(p.rootUuid())) {
            return false;
        }
        return Capacity.fits(p, resourceClass, amount) && counts(match, anchor, p);
    }

    /** anchor root -> the sharing providers (in member_of, when given) anchored to it. */
    private static Map<String, List<ProviderNode>> sharingByAnchor(IndexView view, GroupMatch match) {
        Map<String, List<ProviderNode>> result = new HashMap<>();
        for (String uuid : view.withTrait(IndexView.SHARING_TRAIT)) {
            if (match.inAggregates() != null && !match.inAggregates().contains(uuid)) {
                continue;
            }
            ProviderNode sharing = view.provider(uuid);
            Sharing.anchorsOf(view, sharing).forEach(a -> result.computeIfAbsent(a, k -> new ArrayList<>()).add(sharing));
        }
        return result;
    }

    private static boolean counts(GroupMatch match, String anchor, ProviderNode p) {
        if (match.inAggregates() != null
                && !match.inAggregates().contains(p.uuid()) && !match.inAggregates().contains(anchor)) {
            return false;
        }
        return !match.inForbidden().contains(p.uuid()) && !match.inForbidden().contains(anchor);
    }
}
