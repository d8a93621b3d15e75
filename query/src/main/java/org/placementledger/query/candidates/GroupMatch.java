package org.placementledger.query.candidates;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.error.PlacementException;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * What one request group asks of providers, looked up once: the providers in its member_of
 * aggregates, those in forbidden aggregates and its in_tree root. Built in Placement's order: classes
 * named, aggregates, traits named, in_tree; {@link #of} answers null when the group (so the request)
 * can have no candidate. Capacity is checked by the searches, per provider they visit, so a search
 * with a limit never looks at every provider.
 *
 * @param inAggregates   providers directly in every member_of clause; null without member_of
 * @param inForbidden    providers directly in any forbidden aggregate
 * @param treeRoot       the root of the in_tree provider; null without in_tree
 */
record GroupMatch(CandidateRequestGroup group, Set<String> inAggregates, Set<String> inForbidden, String treeRoot) {

    static GroupMatch of(IndexView view, CandidateRequestGroup group) {
        for (String rc : group.resources().keySet()) {
            if (!view.knowsResourceClass(rc)) {
                throw PlacementException.badRequest("Invalid resource class in resources parameter: "
                        + "No such resource class " + rc + ".");
            }
        }
        Set<String> inAggregates = null;
        if (!group.memberOf().isEmpty()) {
            inAggregates = group.memberOf().size() == 1 && group.memberOf().get(0).size() == 1
                    // the common single aggregate: the index's own set, not a copy of it
                    ? Collections.unmodifiableSet(view.inAggregate(group.memberOf().get(0).iterator().next()))
                    : inEveryClause(view, group.memberOf());
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
        Set<String> inForbidden = new HashSet<>();
        group.forbiddenAggregates().forEach(a -> inForbidden.addAll(view.inAggregate(a)));
        return new GroupMatch(group, inAggregates, inForbidden, treeRoot);
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
