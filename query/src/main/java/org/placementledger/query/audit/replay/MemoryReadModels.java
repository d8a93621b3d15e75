package org.placementledger.query.audit.replay;

import java.util.List;

import org.placementledger.query.allocation.MemoryAllocationTables;
import org.placementledger.query.audit.MemoryAllocationHistoryTables;
import org.placementledger.query.audit.MemoryProviderHistoryTables;
import org.placementledger.query.catalogue.MemoryCatalogueTables;
import org.placementledger.query.provider.MemoryProviderTables;
import org.placementledger.query.readmodel.MemoryTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read model's rows in memory, for a replay into empty tables: the projections apply their
 * rules to maps instead of issuing ~10 statements per event; ended history versions reach the tables
 * in JDBC batches as they end, the current rows and versions in force when flushed. What stays in
 * memory is the current state (providers, holdings, consumers), not the history. The history tables
 * and the current-state tables may have targets of their own (two connections): their last rows,
 * most of a replay's tail, are then written side by side ({@link #flushHistory}, {@link #flushCurrent}).
 */
final class MemoryReadModels {

    private final MemoryProviderTables providers;
    private final MemoryCatalogueTables catalogue;
    private final MemoryAllocationTables allocations;
    private final MemoryProviderHistoryTables providerHistory;
    private final MemoryAllocationHistoryTables allocationHistory;

    MemoryReadModels(JdbcTemplate target) {
        this(target, target);
    }

    MemoryReadModels(JdbcTemplate history, JdbcTemplate current) {
        providers = new MemoryProviderTables(current);
        catalogue = new MemoryCatalogueTables(current);
        allocations = new MemoryAllocationTables(current);
        providerHistory = new MemoryProviderHistoryTables(history);
        allocationHistory = new MemoryAllocationHistoryTables(history);
    }

    /** The projections, over these rows. */
    List<Object> projections() {
        return ProjectionReplayer.projections(providers, catalogue, allocations, providerHistory, allocationHistory);
    }

    /** Writes every row not written yet; from then on the tables hold the whole state. */
    void flush() {
        flushHistory(() -> { });
        flushCurrent(() -> { });
    }

    /**
     * Writes the history's versions still in force, calling {@code afterEach} once each read model's
     * rows are handed to the target. Most of the history is written already, so its tables are
     * complete (and can be indexed) soonest.
     */
    void flushHistory(Runnable afterEach) {
        flush(List.of(providerHistory, allocationHistory), afterEach);
    }

    /**
     * Writes the current-state tables, as {@link #flushHistory}; may run beside it, on another thread.
     * The allocations last: while H2 builds an index, every other transaction's uncommitted rows make
     * it count the table's rows the long way (TransactionMap.sizeAsLong), a fifth of the build when
     * the small tables were still being written behind the allocations.
     */
    void flushCurrent(Runnable afterEach) {
        flush(List.of(providers, catalogue, allocations), afterEach);
    }

    private static void flush(List<MemoryTables> models, Runnable afterEach) {
        for (MemoryTables tables : models) {
            tables.flush();
            afterEach.run();
        }
    }
}
