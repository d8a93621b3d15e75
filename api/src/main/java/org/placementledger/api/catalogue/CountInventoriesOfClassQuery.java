package org.placementledger.api.catalogue;

/** How many inventory records use a class; answers a Long. */
public record CountInventoriesOfClassQuery(String name) {
}
