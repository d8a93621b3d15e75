package org.placementledger.api.catalogue;

/** One resource class by name; answers a ResourceClassView or null. */
public record FindResourceClassQuery(String name) {
}
