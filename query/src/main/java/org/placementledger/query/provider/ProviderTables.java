package org.placementledger.query.provider;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.InventoryRecord;

/**
 * The row operations of the provider read model ({@code rp}, {@code rp_inventory}, {@code rp_trait},
 * {@code rp_aggregate}). The projections hold the rules (what changes when); this holds the rows:
 * {@link JdbcProviderTables} in the database (live), {@link MemoryProviderTables} in maps (replay).
 */
public interface ProviderTables {

    /** One {@code rp} row. */
    record Provider(String uuid, String name, long generation, String parentUuid, String rootUuid,
            Timestamp createdAt, Timestamp updatedAt) {
    }

    void insert(Provider provider);

    void rename(String uuid, String name, Timestamp at);

    void reparent(String uuid, String parentUuid, Timestamp at);

    /** Sets the root of one provider (updated_at unchanged). */
    void reroot(String uuid, String rootUuid);

    /** The providers whose parent is {@code uuid}. */
    List<String> children(String uuid);

    /** The provider's generation, null when there is no such row. */
    Long generation(String uuid);

    /** Sets generation and updated_at of a provider row, if there is one. */
    void touch(String uuid, long generation, Timestamp at);

    /** Deletes the provider's row and its inventory, trait and aggregate rows. */
    void delete(String uuid);

    Map<String, InventoryRecord> inventory(String uuid);

    void addInventory(String uuid, String resourceClass, InventoryRecord inventory, Timestamp at);

    /** A changed record: its values and updated_at (created_at stays). */
    void changeInventory(String uuid, String resourceClass, InventoryRecord inventory, Timestamp at);

    void removeInventory(String uuid, String resourceClass);

    Set<String> traits(String uuid);

    void addTrait(String uuid, String trait, Timestamp at);

    void removeTrait(String uuid, String trait);

    /** Replaces the provider's aggregates with {@code aggregates} (no duplicates). */
    void replaceAggregates(String uuid, Set<String> aggregates);
}
