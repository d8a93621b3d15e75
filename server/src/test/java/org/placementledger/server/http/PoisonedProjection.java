package org.placementledger.server.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.stereotype.Component;

/**
 * Test only: a projection of the providers' processing group that fails on the claims of a poisoned
 * provider or the changes of a poisoned consumer, to inject a read-model failure in the middle of a
 * write. Every test context scans it; it does nothing until a test poisons a uuid.
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class PoisonedProjection {

    static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ResourcesClaimedEvent event) {
        fail(event.providerUuid());
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event) {
        fail(event.consumerUuid());
    }

    private static void fail(String uuid) {
        if (POISONED.contains(uuid)) {
            throw new IllegalStateException("injected read-model failure for " + uuid);
        }
    }
}
