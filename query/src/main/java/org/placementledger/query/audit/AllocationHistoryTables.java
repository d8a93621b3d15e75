package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The row operations of {@code consumer_history} (versions, see {@link Versions}): a consumer's
 * generation, project, user, type and allocations; the rules are {@link AllocationHistoryProjection}'s.
 * {@link JdbcAllocationHistoryTables} live, {@link MemoryAllocationHistoryTables} in a replay.
 */
public interface AllocationHistoryTables {

    /** The values a consumer version holds; allocations per provider, per class. */
    record Consumer(long generation, String projectId, String userId, String consumerType,
            Map<String, Map<String, Long>> allocations) {
    }

    /** What the consumer's version in force holds on the provider, by class; empty when nothing. */
    Map<String, Long> held(String consumerUuid, String providerUuid);

    /** Ends, at {@code t}, the consumer's version in force. */
    void endConsumer(String consumerUuid, OffsetDateTime t);

    void beginConsumer(String consumerUuid, Consumer consumer, OffsetDateTime t);
}
