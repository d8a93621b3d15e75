package org.placementledger.api.catalogue;

/** Rename a custom resource class (PUT at 1.2-1.6). */
public record RenameResourceClassCommand(String name,
        String newName) {
}
