package org.placementledger.api.catalogue;

import java.util.List;

/** An answer of ListTraitsQuery. */
public record TraitList(List<TraitView> traits) {
}
