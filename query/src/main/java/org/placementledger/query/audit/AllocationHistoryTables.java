package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The row operations of {@code allocation_history} and {@code consumer_history} (versions, see
 * {@link Versions}); the rules are {@link AllocationHistoryProjection}'s.
 * {@link JdbcAllocationHistoryTables} live, {@link MemoryAllocationHistoryTables} in a replay.
 */
public interface AllocationHistoryTables {

    /** The values a consumer version holds. */
    record Consumer(long generation, String projectId, String userId, String consumerType) {
    }

    /** What the consumer holds on the provider in the versions in force, by resource class. */
    Map<String, Long> current(String consumerUuid, String providerUuid);

    /** Ends, at {@code t}, the version in force of one class the consumer holds on the provider. */
    void end(String consumerUuid, String providerUuid, String resourceClass, OffsetDateTime t);

    /** Ends, at {@code t}, the versions in force of what the consumer holds on the provider. */
    void end(String consumerUuid, String providerUuid, OffsetDateTime t);

    /** Ends, at {@code t}, the versions in force of everything the consumer holds. */
    void endHoldings(String consumerUuid, OffsetDateTime t);

    /** Begins, at {@code t}, a version of each class the consumer now holds on the provider (class -> used). */
    void begin(String consumerUuid, String providerUuid, Map<String, Long> used, OffsetDateTime t);

    /** Ends, at {@code t}, the consumer's own version in force. */
    void endConsumer(String consumerUuid, OffsetDateTime t);

    void beginConsumer(String consumerUuid, Consumer consumer, OffsetDateTime t);
}
