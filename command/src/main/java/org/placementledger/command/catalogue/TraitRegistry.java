package org.placementledger.command.catalogue;

/**
 * The write side's lookup table of custom trait names. Written in the command's transaction, so a
 * taken name is refused by the primary key, never by a prior read.
 */
public interface TraitRegistry {

    /** Registers a name; false when it is already registered. */
    boolean register(String name);

    boolean contains(String name);

    void remove(String name);
}
