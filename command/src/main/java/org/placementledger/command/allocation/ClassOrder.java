package org.placementledger.command.allocation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.placementledger.api.catalogue.StandardCatalogue;

/**
 * Resource classes in the order of Placement's class ids, which is the order in which it names
 * several classes in one message: the standard classes in os-resource-classes order, then the
 * custom ones (ids from 10000 in creation order; here by name, which the events do not contradict).
 */
final class ClassOrder {

    private ClassOrder() {
    }

    static List<String> byId(Collection<String> classes) {
        return classes.stream().sorted(Comparator
                .comparing((String rc) -> !StandardCatalogue.isStandardClass(rc))
                .thenComparing(rc -> StandardCatalogue.isStandardClass(rc) ? StandardCatalogue.standardClassId(rc) : 0)
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
