package org.placementledger.api.catalogue;

/** Every resource class, standard first in canonical order, then custom by id; answers a ResourceClassList. */
public record ListResourceClassesQuery() {
}
