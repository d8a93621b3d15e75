package org.placementledger.command.catalogue;

/** What the write side knows of resource classes and traits: standard ones and registered custom ones. */
public interface ClassAndTraitCatalogue {

    boolean resourceClassExists(String name);

    boolean traitExists(String name);
}
