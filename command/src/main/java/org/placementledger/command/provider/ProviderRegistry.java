package org.placementledger.command.provider;

import java.util.List;
import java.util.Optional;

/**
 * The write side's lookup table of providers: unique names and the tree shape. Written in the
 * command's transaction, so a duplicate name is refused by the unique index, never by a prior read.
 */
public interface ProviderRegistry {

    /** Registers a provider; throws a 409 duplicate_name PlacementException on a taken name or uuid. */
    void register(String uuid, String name, String parentUuid, String rootUuid);

    /** Renames a provider; throws a 409 duplicate_name PlacementException on a taken name. */
    void rename(String uuid, String name);

    /** Moves a provider under {@code parentUuid} (null: makes it a root), updating its subtree's root. */
    void reparent(String uuid, String parentUuid, String rootUuid);

    void remove(String uuid);

    boolean exists(String uuid);

    Optional<String> rootOf(String uuid);

    boolean hasChildren(String uuid);

    /** The provider and every provider below it. */
    List<String> subtree(String uuid);
}
