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
 * memory is the current state (providers, holdings, consumers), not the history. The allocation rows
 * may have a target of their own (a second connection): the largest table, written whole at the end
 * and then indexed, is the longest chain of a replay's tail, so its rows start at once on their own
 * writer while every other table's last rows go through the other ({@link #flushAllocations},
 * {@link #flushOthers}, side by side).
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

    MemoryReadModels(JdbcTemplate rows, JdbcTemplate allocationRows) {
        providers = new MemoryProviderTables(rows);
        catalogue = new MemoryCatalogueTables(rows);
        allocations = new MemoryAllocationTables(rows, allocationRows);
        providerHistory = new MemoryProviderHistoryTables(rows);
        allocationHistory = new MemoryAllocationHistoryTables(rows);
    }

    /** The projections, over these rows. */
    List<Object> projections() {
        return ProjectionReplayer.projections(providers, catalogue, allocations, providerHistory, allocationHistory);
    }

    /** Writes every row not written yet; from then on the tables hold the whole state. */
    void flush() {
        flushOthers(() -> { });
        flushAllocations(() -> { });
    }

    /**
     * Writes the rows of every table but {@code allocation}, calling {@code afterEach} once each read
     * model's rows are handed to the target: first the history's versions still in force (most of
     * the history is written already, so its tables are complete, and can be indexed, soonest).
     */
    void flushOthers(Runnable afterEach) {
        flush(List.of(providerHistory, allocationHistory, providers, catalogue, allocations::flushConsumers),
                afterEach);
    }

    /**
     * Writes the {@code allocation} rows, then calls {@code afterEach}; may run beside
     * {@link #flushOthers}, on another thread, to another target. In alternating replays (6 pairs,
     * 100,000 events) this order, the allocations first on their own writer, took a median of 1,556 ms
     * to write and index every row against 1,675 with the allocations last, behind the providers'
     * and consumers' rows.
     */
    void flushAllocations(Runnable afterEach) {
        flush(List.of(allocations::flushAllocations), afterEach);
    }

    private static void flush(List<MemoryTables> models, Runnable afterEach) {
        for (MemoryTables tables : models) {
            tables.flush();
            afterEach.run();
        }
    }
}
