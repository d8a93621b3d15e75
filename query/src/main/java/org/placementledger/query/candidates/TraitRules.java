package org.placementledger.query.candidates;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.placementledger.query.candidates.index.ProviderNode;

/**
 * The trait rule of the unsuffixed group: the providers used, together, meet every any-of clause; none
 * has a forbidden trait. Plain loops: this runs for every combination the search looks at.
 */
final class TraitRules {

    private TraitRules() {
    }

    static boolean allowed(ProviderNode provider, Set<String> forbidden) {
        if (forbidden.isEmpty()) {
            return true;
        }
        Set<String> traits = provider.traits();
        for (String t : forbidden) {
            if (traits.contains(t)) {
                return false;
            }
        }
        return true;
    }

    static boolean satisfiedBy(Collection<ProviderNode> used, List<Set<String>> required, Set<String> forbidden) {
        for (ProviderNode p : used) {
            if (!allowed(p, forbidden)) {
                return false;
            }
        }
        for (Set<String> anyOf : required) {
            if (!metByAny(used, anyOf)) {
                return false;
            }
        }
        return true;
    }

    private static boolean metByAny(Collection<ProviderNode> used, Set<String> anyOf) {
        for (ProviderNode p : used) {
            Set<String> traits = p.traits();
            for (String t : anyOf) {
                if (traits.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
