package org.placementledger.query.audit.replay;

import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.placementledger.api.audit.StreamAuditEventsQuery;
import org.placementledger.api.audit.VerifyLedgerQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds commands back while a replay catches up and swaps its rebuilt tables in. Every command holds
 * the read side of a lock from its handling until its unit of work is cleaned up (after commit or
 * rollback); the swap takes the write side, so it sees every event committed before it and no
 * command commits during it. Queries hold the read side of a second lock, which the swap takes only
 * for its renames (milliseconds): H2 commits each DDL statement, so a query meanwhile could find a
 * table gone or see old and new tables mixed. Commands, and queries, never wait on each other here.
 */
@Configuration
public class ReplayGate implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock queries = new ReentrantReadWriteLock();

    /**
     * Queries that walk the event store for minutes (an export, verify): not held, or the swap would
     * wait for them with commands held. Verify reads a read model at its end through {@link #reading}.
     */
    private static final Set<Class<?>> EVENT_STORE_WALKS = Set.of(StreamAuditEventsQuery.class,
            VerifyLedgerQuery.class);

    @Bean
    ConfigurerModule replayGateOnCommandBus() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() -> {
            config.commandBus().registerHandlerInterceptor(this);
            config.queryBus().registerHandlerInterceptor(this::handleQuery);
        }));
    }

    private Object handleQuery(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (EVENT_STORE_WALKS.contains(unitOfWork.getMessage().getPayloadType())) {
            return chain.proceed();
        }
        queries.readLock().lock();
        try {
            return chain.proceed();
        } finally {
            queries.readLock().unlock();
        }
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

    /** Runs {@code read} (of read-model tables) as a held query would: never during a swap's renames. */
    public <T> T reading(java.util.function.Supplier<T> read) {
        queries.readLock().lock();
        try {
            return read.get();
        } finally {
            queries.readLock().unlock();
        }
    }

    /** Runs {@code renames} with every query held back too; call it inside {@link #closed}. */
    public <T> T queriesHeld(java.util.function.Supplier<T> renames) {
        queries.writeLock().lock();
        try {
            return renames.get();
        } finally {
            queries.writeLock().unlock();
        }
    }
}
