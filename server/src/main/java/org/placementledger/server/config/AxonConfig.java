package org.placementledger.server.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.placementledger.server.http.CallerMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models are kept by subscribing processors, in the command's own transaction, so every read
 * sees the write before it; a projection failure propagates and rolls the whole command back.
 */
@Configuration
public class AxonConfig {

    /** Every event keeps the who-and-why of the request whose command caused it. */
    @Bean
    CorrelationDataProvider callerMetadataProvider() {
        return new SimpleCorrelationDataProvider(CallerMetadata.KEYS);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    ConfigurerModule subscribingProjections() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
