package org.placementledger.query.candidates;

import java.util.Set;
import java.util.TreeSet;

import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * Sharing providers (trait MISC_SHARES_VIA_AGGREGATE) and their anchors: the roots of every provider
 * that shares an aggregate with them, their own root included when they are in any aggregate.
 */
final class Sharing {

    private Sharing() {
    }

    static boolean isSharing(ProviderNode provider) {
        return provider.traits().contains(IndexView.SHARING_TRAIT);
    }

    static Set<String> anchorsOf(IndexView view, ProviderNode sharing) {
        Set<String> roots = new TreeSet<>();
        for (String aggregate : sharing.aggregates()) {
            for (String member : view.inAggregate(aggregate)) {
                roots.add(view.provider(member).rootUuid());
            }
        }
        return roots;
    }
}
