package org.placementledger.query.candidates;

import java.util.HashSet;
import java.util.Set;

import org.placementledger.api.error.PlacementException;
import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/** root_required: the roots (providers without a parent) a candidate may be anchored at. */
final class RootFilter {

    private RootFilter() {
    }

    /** The allowed anchors, or null when root_required was not given. */
    static Set<String> allowedAnchors(IndexView view, Set<String> required, Set<String> forbidden) {
        if (required.isEmpty() && forbidden.isEmpty()) {
            return null;
        }
        for (String trait : required) {
            requireKnown(view, trait);
        }
        for (String trait : forbidden) {
            requireKnown(view, trait);
        }
        Set<String> roots = new HashSet<>();
        for (ProviderNode root : view.roots()) {
            if (root.traits().containsAll(required) && forbidden.stream().noneMatch(root.traits()::contains)) {
                roots.add(root.uuid());
            }
        }
        return roots;
    }

    private static void requireKnown(IndexView view, String trait) {
        if (!view.knowsTrait(trait)) {
            throw PlacementException.badRequest("No such trait(s): " + trait + ".");
        }
    }
}
