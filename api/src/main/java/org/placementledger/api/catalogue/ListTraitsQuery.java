package org.placementledger.api.catalogue;

import java.util.Set;

/** Traits filtered by exact names, a LIKE prefix, and whether some provider has them (null = no filter); answers a TraitList. */
public record ListTraitsQuery(Set<String> namesIn,
        String nameStartsWith,
        Boolean associated) {
}
