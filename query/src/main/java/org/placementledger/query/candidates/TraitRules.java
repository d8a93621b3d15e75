package org.placementledger.query.candidates;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.placementledger.query.candidates.index.ProviderNode;

/** The trait rule of the unsuffixed group: the providers used, together, meet every any-of clause; none has a forbidden trait. */
final class TraitRules {

    private TraitRules() {
    }

    static boolean allowed(ProviderNode provider, Set<String> forbidden) {
        return forbidden.stream().noneMatch(provider.traits()::contains);
    }

    static boolean satisfiedBy(Collection<ProviderNode> used, List<Set<String>> required, Set<String> forbidden) {
        Set<String> all = new HashSet<>();
        for (ProviderNode p : used) {
            for (String t : forbidden) {
                if (p.traits().contains(t)) {
                    return false;
                }
            }
            all.addAll(p.traits());
        }
        for (Set<String> anyOf : required) {
            if (anyOf.stream().noneMatch(all::contains)) {
                return false;
            }
        }
        return true;
    }
}
