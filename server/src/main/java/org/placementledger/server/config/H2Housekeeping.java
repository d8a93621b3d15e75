package org.placementledger.server.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Compacts the embedded H2 store while the server runs. With {@code WRITE_DELAY=0} (every commit written
 * before the answer) H2 runs no background writer, and that writer is what otherwise rewrites sparse
 * chunks: without it nearly every chunk keeps a live page, the file grows by every commit's whole chunk
 * (~100 pages, ~80 KB per claim) and each commit rewrites a layout map that lists every chunk ever written.
 * Here {@link MVStore#compact} moves the live pages of the emptiest chunks into the next chunk, a bounded
 * amount per tick; it takes H2's own store lock, so it interleaves with commits like H2's writer would.
 * Does nothing on PostgreSQL.
 */
@Component
public class H2Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final int targetFillRate;
    private final int writeBytes;
    private final long intervalMs;
    private ScheduledExecutorService ticks;

    public H2Housekeeping(DataSource dataSource,
                          @Value("${placement.h2.compact-fill-rate:80}") int targetFillRate,
                          @Value("${placement.h2.compact-write-bytes:4194304}") int writeBytes,
                          @Value("${placement.h2.compact-interval:1s}") java.time.Duration interval) {
        this.dataSource = dataSource;
        this.targetFillRate = targetFillRate;
        this.writeBytes = writeBytes;
        this.intervalMs = interval.toMillis();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        MVStore store = h2Store();
        if (store == null || intervalMs <= 0 || targetFillRate <= 0) {
            return;
        }
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(() -> compact(store), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    void compact(MVStore store) {
        try {
            if (!store.isClosed()) {
                store.compact(targetFillRate, writeBytes);
            }
        } catch (RuntimeException e) {
            // The store closing under us (shutdown) or a failed rewrite: the data stays as it was.
            LOG.debug("H2 compaction skipped: {}", e.toString());
        }
    }

    MVStore h2Store() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            // An in-memory database (tests) has no file to compact.
            return store.getFileStore() == null ? null : store;
        } catch (SQLException | ClassCastException | NullPointerException e) {
            LOG.warn("No H2 store to compact: {}", e.toString());
            return null;
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
            try {
                ticks.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
