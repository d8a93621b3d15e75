package org.placementledger.api.catalogue;

/** One trait by name; answers a TraitView or null. */
public record FindTraitQuery(String name) {
}
