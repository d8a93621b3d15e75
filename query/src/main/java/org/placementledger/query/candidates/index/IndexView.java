package org.placementledger.query.candidates.index;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;

/** A read-only view of the candidate index, valid while the caller holds the index's read lock. */
public interface IndexView {

    /** The trait that makes a provider share its inventory with the trees of its aggregates. */
    String SHARING_TRAIT = "MISC_SHARES_VIA_AGGREGATE";

    ProviderNode provider(String uuid);

    /** Providers with inventory of the class, in uuid order. */
    Collection<ProviderNode> withInventory(String resourceClass);

    /** Uuids of the providers with the trait. */
    Set<String> withTrait(String trait);

    /** Uuids of the providers associated with the aggregate. */
    Set<String> inAggregate(String aggregate);

    /** The providers whose root is {@code rootUuid} (the root included), in uuid order. */
    Collection<ProviderNode> tree(String rootUuid);

    /** Every root provider, in uuid order, visited lazily. */
    Iterable<ProviderNode> roots();

    /** How many trees there are. */
    int rootCount();

    /** Whether any provider has a parent: below 1.29 candidates then keep to one provider per tree. */
    boolean hasNestedProviders();

    boolean knowsTrait(String name);

    boolean knowsResourceClass(String name);

    /** Orders trait names as Placement's internal ids do (standard first, then custom by creation). */
    Comparator<String> traitOrder();
}
