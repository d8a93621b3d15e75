package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.error.PlacementException;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * What one request group asks of providers, looked up once: the providers in its member_of
 * aggregates, those in forbidden aggregates, its in_tree root and, per requested class, the providers
 * with room for the amount. Built in Placement's order: classes named, aggregates, traits named,
 * in_tree, capacity; {@link #of} answers null when the group (so the request) can have no candidate.
 *
 * @param inAggregates   providers directly in every member_of clause; null without member_of
 * @param inForbidden    providers directly in any forbidden aggregate
 * @param treeRoot       the root of the in_tree provider; null without in_tree
 * @param withCapacity   per requested class, the providers that can give the amount
 */
record GroupMatch(CandidateRequestGroup group, Set<String> inAggregates, Set<String> inForbidden, String treeRoot,
                  Map<String, List<ProviderNode>> withCapacity) {

    static GroupMatch of(IndexView view, CandidateRequestGroup group) {
        for (String rc : group.resources().keySet()) {
            if (!view.knowsResourceClass(rc)) {
                throw PlacementException.badRequest("Invalid resource class in resources parameter: "
                        + "No such resource class " + rc + ".");
            }
        }
        Set<String> inAggregates = null;
        if (!group.memberOf().isEmpty()) {
            inAggregates = inEveryClause(view, group.memberOf());
            if (inAggregates.isEmpty()) {
                return null;
            }
        }
        group.requiredTraits().forEach(clause -> clause.forEach(t -> requireTrait(view, t)));
        group.forbiddenTraits().forEach(t -> requireTrait(view, t));
        String treeRoot = null;
        if (group.inTree() != null) {
            ProviderNode tree = view.provider(group.inTree());
            if (tree == null) {
                return null;
            }
            treeRoot = tree.rootUuid();
        }
        Map<String, List<ProviderNode>> withCapacity = new LinkedHashMap<>();
        for (Map.Entry<String, Long> wanted : group.resources().entrySet()) {
            List<ProviderNode> fitting = new ArrayList<>();
            for (ProviderNode p : view.withInventory(wanted.getKey())) {
                if ((treeRoot == null || treeRoot.equals(p.rootUuid()))
                        && Capacity.fits(p, wanted.getKey(), wanted.getValue())) {
                    fitting.add(p);
                }
            }
            if (fitting.isEmpty()) {
                return null;
            }
            withCapacity.put(wanted.getKey(), fitting);
        }
        Set<String> inForbidden = new HashSet<>();
        group.forbiddenAggregates().forEach(a -> inForbidden.addAll(view.inAggregate(a)));
        return new GroupMatch(group, inAggregates, inForbidden, treeRoot, withCapacity);
    }

    /** Providers that belong to at least one of each clause's sets (of aggregates or of traits). */
    static Set<String> inEveryClause(IndexView view, List<Set<String>> clauses, boolean traits) {
        Set<String> result = null;
        for (Set<String> clause : clauses) {
            Set<String> any = new HashSet<>();
            clause.forEach(name -> any.addAll(traits ? view.withTrait(name) : view.inAggregate(name)));
            if (result == null) {
                result = any;
            } else {
                result.retainAll(any);
            }
        }
        return result == null ? new HashSet<>() : result;
    }

    private static Set<String> inEveryClause(IndexView view, List<Set<String>> memberOf) {
        return inEveryClause(view, memberOf, false);
    }

    private static void requireTrait(IndexView view, String trait) {
        if (!view.knowsTrait(trait)) {
            throw PlacementException.badRequest("No such trait(s): " + trait + ".");
        }
    }
}
