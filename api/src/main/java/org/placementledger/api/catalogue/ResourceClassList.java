package org.placementledger.api.catalogue;

import java.util.List;

/** An answer of ListResourceClassesQuery. */
public record ResourceClassList(List<ResourceClassView> classes) {
}
