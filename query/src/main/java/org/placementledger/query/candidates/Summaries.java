package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.api.candidates.ResourceSummary;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * provider_summaries: every provider of every tree a returned candidate takes resources from (a
 * sharing provider's tree is its own), or below 1.29 with trees only the providers used; each with
 * all its inventory classes, its traits and its place in the tree. The server trims per microversion.
 */
final class Summaries {

    private Summaries() {
    }

    static Map<String, ProviderSummary> of(IndexView view, CandidateSelection selection) {
        Set<String> roots = new TreeSet<>();
        selection.kept().forEach(m -> roots.addAll(m.roots()));
        Map<String, ProviderSummary> result = new LinkedHashMap<>();
        Comparator<String> traitOrder = view.traitOrder();
        Function<ProviderNode, ProviderSummary> build = n -> summary(traitOrder, n);
        if (selection.nestedExclusion() != null) {
            for (String uuid : selection.nestedExclusion()) {
                ProviderNode p = view.provider(uuid);
                if (roots.contains(p.rootUuid())) {
                    result.put(uuid, p.summary(build));
                }
            }
            return result;
        }
        for (String root : roots) {
            view.tree(root).forEach(p -> result.put(p.uuid(), p.summary(build)));
        }
        return result;
    }

    /**
     * Built once per provider until it changes ({@link ProviderNode#summary}), so unmodifiable. The trait
     * order cannot change under a kept summary: a trait in use by a provider cannot be deleted, so its
     * rank stays.
     */
    private static ProviderSummary summary(Comparator<String> traitOrder, ProviderNode p) {
        // inventories are kept sorted by class: the summary keeps their order
        Map<String, ResourceSummary> resources = new LinkedHashMap<>();
        p.inventories().forEach((rc, inv) -> resources.put(rc, new ResourceSummary(inv.intCapacity(), p.used(rc))));
        List<String> traits = new ArrayList<>(p.traits());
        traits.sort(traitOrder);
        return new ProviderSummary(Collections.unmodifiableMap(resources), List.copyOf(traits), p.parentUuid(),
                p.rootUuid());
    }
}
