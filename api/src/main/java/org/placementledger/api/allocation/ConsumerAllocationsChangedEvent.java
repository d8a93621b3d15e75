package org.placementledger.api.allocation;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A consumer's allocations became exactly {@code allocations} (per provider, per class), at consumer generation {@code generation}. */
@Revision("1")
public record ConsumerAllocationsChangedEvent(String consumerUuid,
        long generation,
        String projectId,
        String userId,
        String consumerType,
        Map<String, Map<String, Long>> allocations) {
}
