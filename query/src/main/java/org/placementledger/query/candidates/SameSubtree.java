package org.placementledger.query.candidates;

import java.util.Collection;

import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/** same_subtree: among the providers of the named groups, one is an ancestor-or-self of all the others. */
final class SameSubtree {

    private SameSubtree() {
    }

    static boolean holds(IndexView view, Collection<String> providers) {
        if (providers.size() <= 1) {
            return true;
        }
        for (String top : providers) {
            if (allBelow(view, top, providers)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code top} is an ancestor-or-self of every provider: a walk up from each, no sets built. */
    private static boolean allBelow(IndexView view, String top, Collection<String> providers) {
        for (String uuid : providers) {
            ProviderNode p = view.provider(uuid);
            while (p != null && !p.uuid().equals(top)) {
                p = view.provider(p.parentUuid());
            }
            if (p == null) {
                return false;
            }
        }
        return true;
    }
}
