package org.placementledger.api.catalogue;

/** Delete an unused custom resource class. */
public record DeleteResourceClassCommand(String name) {
}
