package org.placementledger.query.allocation;

import java.sql.Timestamp;
import java.util.Map;

/**
 * The row operations of {@code allocation} and {@code consumer}; the rules are
 * {@link AllocationProjection}'s. {@link JdbcAllocationTables} live, {@link MemoryAllocationTables} in a replay.
 */
public interface AllocationTables {

    /** One {@code consumer} row's values (created_at is kept by an update). */
    record Consumer(String uuid, long generation, String projectId, String userId, String consumerType) {
    }

    /** created_at of each resource class the consumer holds on the provider. */
    Map<String, Timestamp> createdAt(String consumerUuid, String providerUuid);

    /** Deletes the rows of what the consumer holds on the provider. */
    void release(String consumerUuid, String providerUuid);

    /** Inserts a row per class the consumer now holds on the provider (class -> used, class -> created_at). */
    void hold(String consumerUuid, String providerUuid, Map<String, Long> used, Map<String, Timestamp> createdAt,
            Timestamp updatedAt);

    /** Updates the consumer's row; false when it has none. */
    boolean updateConsumer(Consumer consumer, Timestamp at);

    void insertConsumer(Consumer consumer, Timestamp at);

    /** Deletes the consumer's row and every allocation row it has. */
    void removeConsumer(String consumerUuid);
}
