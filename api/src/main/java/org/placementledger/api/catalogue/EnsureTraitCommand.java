package org.placementledger.api.catalogue;

/** Create a custom trait unless it exists; answers true when created. */
public record EnsureTraitCommand(String name) {
}
