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
 * Every read model's rows in memory, for a replay into {@code target}'s (empty) tables: the
 * projections apply their rules to maps instead of issuing ~10 statements per event; ended history
 * versions reach the tables in JDBC batches as they end, the current rows and versions in force
 * when {@link #flush()} is called. What stays in memory is the current state (providers, holdings,
 * consumers), not the history.
 */
final class MemoryReadModels {

    private final MemoryProviderTables providers;
    private final MemoryCatalogueTables catalogue;
    private final MemoryAllocationTables allocations;
    private final MemoryProviderHistoryTables providerHistory;
    private final MemoryAllocationHistoryTables allocationHistory;

    MemoryReadModels(JdbcTemplate target) {
        providers = new MemoryProviderTables(target);
        catalogue = new MemoryCatalogueTables(target);
        allocations = new MemoryAllocationTables(target);
        providerHistory = new MemoryProviderHistoryTables(target);
        allocationHistory = new MemoryAllocationHistoryTables(target);
    }

    /** The projections, over these rows. */
    List<Object> projections() {
        return ProjectionReplayer.projections(providers, catalogue, allocations, providerHistory, allocationHistory);
    }

    /** Writes every row not written yet; from then on the tables hold the whole state. */
    void flush() {
        flush(() -> { });
    }

    /**
     * {@link #flush()}, calling {@code afterEach} once the rows of each read model (its tables) are
     * handed to the target. The history first: most of its rows are written already, so its tables are
     * complete (and can be indexed) soonest, while the current rows are written after.
     */
    void flush(Runnable afterEach) {
        for (MemoryTables tables : List.<MemoryTables>of(providerHistory, allocationHistory, allocations, providers,
                catalogue)) {
            tables.flush();
            afterEach.run();
        }
    }
}
