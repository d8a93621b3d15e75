package org.placementledger.query.audit.replay;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds commands back while a replay swaps its rebuilt tables in. Every command holds the read side
 * of a lock from its handling until its unit of work is cleaned up (after commit or rollback); the
 * swap takes the write side, so it sees every event committed before it and no command commits
 * during it. Commands otherwise never wait on each other here.
 */
@Configuration
public class ReplayGate implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Bean
    ConfigurerModule replayGateOnCommandBus() {
        return configurer -> configurer.onInitialize(config -> config.onStart(
                () -> config.commandBus().registerHandlerInterceptor(this)));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        lock.readLock().lock();
        unitOfWork.onCleanup(u -> lock.readLock().unlock());
        return chain.proceed();
    }

    /** Runs {@code swap} with every command held back. */
    public <T> T closed(java.util.function.Supplier<T> swap) {
        lock.writeLock().lock();
        try {
            return swap.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
