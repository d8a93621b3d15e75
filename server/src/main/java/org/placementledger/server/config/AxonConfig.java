package org.placementledger.server.config;

import java.util.Set;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.TransactionManagingInterceptor;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.api.candidates.SampleAllocationCandidatesQuery;
import org.placementledger.server.http.CallerMetadata;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models are kept by subscribing processors, in the command's own transaction, so every read
 * sees the write before it; a projection failure propagates and rolls the whole command back.
 */
@Configuration
public class AxonConfig {

    /**
     * Queries answered from the in-memory candidate index: they run no SQL, so the query bus opens
     * no database transaction for them (a JPA transaction and a pooled connection per request were
     * ~4% of a warm candidates request's CPU).
     */
    private static final Set<Class<?>> IN_MEMORY_QUERIES = Set.of(FindAllocationCandidatesQuery.class,
            SampleAllocationCandidatesQuery.class);

    /** Every event keeps the who-and-why of the request whose command caused it. */
    @Bean
    CorrelationDataProvider callerMetadataProvider() {
        return new SimpleCorrelationDataProvider(CallerMetadata.KEYS);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Axon's auto-configured query bus, except that its transaction interceptor skips
     * {@link #IN_MEMORY_QUERIES}; every other query runs in a transaction as before.
     */
    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon, TransactionManager transactions) {
        SimpleQueryBus bus = SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(NoTransactionManager.INSTANCE)
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
        TransactionManagingInterceptor<QueryMessage<?, ?>> inTransaction =
                new TransactionManagingInterceptor<>(transactions);
        bus.registerHandlerInterceptor((unitOfWork, chain) ->
                IN_MEMORY_QUERIES.contains(unitOfWork.getMessage().getPayloadType())
                        ? chain.proceed() : inTransaction.handle(unitOfWork, chain));
        return bus;
    }

    @Bean
    ConfigurerModule subscribingProjections() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
