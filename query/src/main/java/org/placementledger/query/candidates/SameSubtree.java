package org.placementledger.query.candidates;

import java.util.HashSet;
import java.util.Set;

import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/** same_subtree: among the providers of the named groups, one is an ancestor-or-self of all the others. */
final class SameSubtree {

    private SameSubtree() {
    }

    static boolean holds(IndexView view, Set<String> providers) {
        if (providers.size() <= 1) {
            return true;
        }
        Set<String> common = null;
        for (String uuid : providers) {
            Set<String> lineage = lineage(view, uuid);
            if (common == null) {
                common = lineage;
            } else {
                common.retainAll(lineage);
            }
        }
        return common.stream().anyMatch(providers::contains);
    }

    private static Set<String> lineage(IndexView view, String uuid) {
        Set<String> result = new HashSet<>();
        for (ProviderNode p = view.provider(uuid); p != null && result.add(p.uuid()); p = view.provider(p.parentUuid())) {
            // walking up to the root
        }
        return result;
    }
}
