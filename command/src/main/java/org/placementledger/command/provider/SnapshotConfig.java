package org.placementledger.command.provider;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Providers collect an event per claim and release, so they are snapshotted (Jackson) every
 * {@code placement.provider-snapshot-threshold} events: loading one costs its snapshot plus at most
 * that many events, however long its history.
 *
 * <p>Snapshots are taken on a thread of their own. Axon's default takes them on the command's
 * thread after commit, while the aggregate is still locked and with a second database connection:
 * when every pooled connection belongs to a command waiting for that lock, both wait until a
 * timeout (found by the claim race test).
 */
@org.springframework.context.annotation.Configuration
public class SnapshotConfig {

    public static final String PROVIDER_SNAPSHOTS = "providerSnapshotTrigger";
    static final String SNAPSHOT_EXECUTOR = "snapshotExecutor";

    @Bean(PROVIDER_SNAPSHOTS)
    SnapshotTriggerDefinition providerSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${placement.provider-snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Axon's Spring snapshotter, as its auto-configuration builds it, but run by {@link #snapshotExecutor}. */
    @Bean
    SpringAggregateSnapshotter backgroundSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                                                     ParameterResolverFactory parameterResolverFactory,
                                                     EventStore eventStore, TransactionManager transactionManager,
                                                     SnapshotterSpanFactory spanFactory,
                                                     @Qualifier(SNAPSHOT_EXECUTOR) Executor executor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(executor)
                .build();
    }

    /** One thread; a snapshot is an optimisation, so one that cannot be queued is dropped. */
    @Bean(SNAPSHOT_EXECUTOR)
    ThreadPoolTaskExecutor snapshotExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("snapshot-");
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        return executor;
    }
}
