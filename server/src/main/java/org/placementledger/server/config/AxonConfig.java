package org.placementledger.server.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models are kept by subscribing processors, in the command's own transaction, so every read
 * sees the write before it; a projection failure propagates and rolls the whole command back.
 */
@Configuration
public class AxonConfig {

    @Bean
    ConfigurerModule subscribingProjections() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
