package org.placementledger.api.catalogue;

/** Delete an unused custom trait. */
public record DeleteTraitCommand(String name) {
}
