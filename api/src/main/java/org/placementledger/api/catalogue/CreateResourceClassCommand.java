package org.placementledger.api.catalogue;

/** Create a custom resource class; 409 if it exists (POST). */
public record CreateResourceClassCommand(String name) {
}
