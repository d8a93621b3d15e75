package org.placementledger.api.catalogue;

/** How many providers have a trait; answers a Long. */
public record CountProvidersWithTraitQuery(String name) {
}
