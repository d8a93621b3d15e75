package org.placementledger.command.provider;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Providers collect an event per claim and release, so they are snapshotted (Jackson) every
 * {@code placement.provider-snapshot-threshold} events: loading one costs its snapshot plus at most
 * that many events, however long its history.
 */
@Configuration
public class SnapshotConfig {

    public static final String PROVIDER_SNAPSHOTS = "providerSnapshotTrigger";

    @Bean(PROVIDER_SNAPSHOTS)
    SnapshotTriggerDefinition providerSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${placement.provider-snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
