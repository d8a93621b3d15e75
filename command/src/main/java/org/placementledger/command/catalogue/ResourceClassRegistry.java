package org.placementledger.command.catalogue;

import java.util.OptionalInt;

/**
 * The write side's lookup table of custom resource classes (name to internal id). Written in the
 * command's transaction, so a taken name is refused by the unique index, never by a prior read.
 */
public interface ResourceClassRegistry {

    /** Registers a name under the next free id (max+1, at least 10000); empty when the name is taken. */
    OptionalInt register(String name);

    OptionalInt idOf(String name);

    /** Gives the class {@code id} a new name; false when the name is taken. */
    boolean rename(int id, String newName);

    void remove(int id);
}
