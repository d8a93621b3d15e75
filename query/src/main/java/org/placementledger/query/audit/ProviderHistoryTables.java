package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import org.placementledger.api.provider.InventoryRecord;

/**
 * The row operations of {@code provider_history} (runs of versions, see {@link GenerationRun}) and
 * {@code inventory_history} (versions, see {@link Versions}); the rules are {@link ProviderHistoryProjection}'s.
 * {@link JdbcProviderHistoryTables} live, {@link MemoryProviderHistoryTables} in a replay.
 */
public interface ProviderHistoryTables {

    /** The values a provider version holds: {@code used} is its usage (class to amount, sorted). */
    record Version(long generation, String name, String parentUuid, Map<String, Long> used) {
    }

    /** The provider's row in force, read once to be read and changed: its version, and room for a new state. */
    interface InForce {

        /** The version in force: the row's name and parent, with its latest state. */
        Version version();

        /**
         * Adds, at {@code t}, a new state to this row (same name and parent); false when the row
         * cannot take it ({@link GenerationRun#add}), and the change is a new row.
         */
        boolean addChange(GenerationRun.State state, OffsetDateTime t);
    }

    /** The provider's row in force, null when none is. */
    InForce inForce(String uuid);

    /** Ends, at {@code t}, the provider's version in force. */
    void end(String uuid, OffsetDateTime t);

    /** A new version in force from {@code t}. */
    void begin(String uuid, Version version, OffsetDateTime t);

    /** The provider's inventory records in force, by resource class. */
    Map<String, InventoryRecord> currentInventory(String uuid);

    /** Ends, at {@code t}, the version in force of one class of the provider's inventory. */
    void endInventory(String uuid, String resourceClass, OffsetDateTime t);

    /** Ends, at {@code t}, every inventory version in force of the provider. */
    void endInventory(String uuid, OffsetDateTime t);

    void beginInventory(String uuid, String resourceClass, InventoryRecord inventory, OffsetDateTime t);
}
