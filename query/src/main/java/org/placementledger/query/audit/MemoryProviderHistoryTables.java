package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ProviderHistoryTables} for a replay: the rows in force in maps; an ended row can no longer
 * change, so it goes to the target table (in JDBC batches) as soon as it ends.
 * {@link #flush()} writes the versions still in force.
 */
public final class MemoryProviderHistoryTables implements ProviderHistoryTables, MemoryTables {

    private record Open<T>(T value, OffsetDateTime from) {
    }

    /** A provider's row in force: its name and parent, and its states ({@link GenerationRun}). */
    private record Run(String name, String parentUuid, OffsetDateTime from, GenerationRun states) {

        Version latest() {
            GenerationRun.State latest = states.latest();
            return new Version(latest.generation(), name, parentUuid, latest.used());
        }
    }

    private final Map<String, Run> providers = new HashMap<>();
    private final Map<String, Map<String, Open<InventoryRecord>>> inventories = new HashMap<>();
    private final RowBatch providerRows;
    private final RowBatch inventoryRows;

    public MemoryProviderHistoryTables(JdbcTemplate target) {
        providerRows = new RowBatch(target, JdbcProviderHistoryTables.INSERT_PROVIDER);
        inventoryRows = new RowBatch(target, JdbcProviderHistoryTables.INSERT_INVENTORY);
    }

    @Override
    public InForce inForce(String uuid) {
        Run run = providers.get(uuid);
        return run == null ? null : new InForce() {
            @Override
            public Version version() {
                return run.latest();
            }

            @Override
            public boolean addChange(GenerationRun.State state, OffsetDateTime t) {
                return run.states().add(t, state);
            }
        };
    }

    @Override
    public void end(String uuid, OffsetDateTime t) {
        Run run = providers.remove(uuid);
        if (run != null) {
            write(uuid, run, t);
        }
    }

    @Override
    public void begin(String uuid, Version version, OffsetDateTime t) {
        Run run = new Run(version.name(), version.parentUuid(), t,
                new GenerationRun(new GenerationRun.State(version.generation(), version.used()), t));
        if (providers.putIfAbsent(uuid, run) != null) {
            throw new IllegalStateException("provider " + uuid + " would have two versions in force");
        }
    }

    @Override
    public Map<String, InventoryRecord> currentInventory(String uuid) {
        Map<String, InventoryRecord> current = new HashMap<>();
        inventories.getOrDefault(uuid, Map.of()).forEach((rc, open) -> current.put(rc, open.value()));
        return current;
    }

    @Override
    public void endInventory(String uuid, String rc, OffsetDateTime t) {
        Map<String, Open<InventoryRecord>> open = inventories.get(uuid);
        Open<InventoryRecord> version = open == null ? null : open.remove(rc);
        if (version != null) {
            write(uuid, rc, version, t);
        }
    }

    @Override
    public void endInventory(String uuid, OffsetDateTime t) {
        Map<String, Open<InventoryRecord>> open = inventories.remove(uuid);
        if (open != null) {
            open.forEach((rc, version) -> write(uuid, rc, version, t));
        }
    }

    @Override
    public void beginInventory(String uuid, String rc, InventoryRecord inventory, OffsetDateTime t) {
        if (inventories.computeIfAbsent(uuid, k -> new HashMap<>()).putIfAbsent(rc, new Open<>(inventory, t)) != null) {
            throw new IllegalStateException("inventory " + uuid + "/" + rc + " would have two versions in force");
        }
    }

    @Override
    public void flush() {
        providers.forEach((uuid, open) -> write(uuid, open, OPEN));
        inventories.forEach((uuid, open) -> open.forEach((rc, version) -> write(uuid, rc, version, OPEN)));
        providers.clear();
        inventories.clear();
        providerRows.flush();
        inventoryRows.flush();
    }

    private void write(String uuid, Run run, OffsetDateTime to) {
        GenerationRun.State first = run.states().first();
        providerRows.add(uuid, first.generation(), run.name(), run.parentUuid(), run.from(), to, run.states().changes(),
                HoldingsText.usage(first.used()));
    }

    private void write(String uuid, String rc, Open<InventoryRecord> open, OffsetDateTime to) {
        InventoryRecord inv = open.value();
        inventoryRows.add(uuid, rc, inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                inv.allocationRatio(), open.from(), to);
    }
}
