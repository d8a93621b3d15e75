package org.placementledger.api.catalogue;

/** Create a custom resource class unless it exists (PUT at 1.7+); answers true when created. */
public record EnsureResourceClassCommand(String name) {
}
