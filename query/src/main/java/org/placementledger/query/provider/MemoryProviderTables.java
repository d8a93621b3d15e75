package org.placementledger.query.provider;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ProviderTables} in maps keyed as the tables are, for a replay: the rows are written to the
 * target tables once, by {@link #flush()}, with JDBC batches.
 */
public final class MemoryProviderTables implements ProviderTables, MemoryTables {

    private record Inventory(InventoryRecord record, Timestamp createdAt, Timestamp updatedAt) {
    }

    private final JdbcTemplate target;
    private final Map<String, Provider> providers = new HashMap<>();
    private final Map<String, Map<String, Inventory>> inventories = new HashMap<>();
    private final Map<String, Map<String, Timestamp>> traits = new HashMap<>();
    private final Map<String, Set<String>> aggregates = new HashMap<>();

    public MemoryProviderTables(JdbcTemplate target) {
        this.target = target;
    }

    @Override
    public void insert(Provider provider) {
        if (providers.putIfAbsent(provider.uuid(), provider) != null) {
            throw new IllegalStateException("provider " + provider.uuid() + " exists already");
        }
    }

    @Override
    public void rename(String uuid, String name, Timestamp at) {
        providers.computeIfPresent(uuid, (k, p) -> new Provider(k, name, p.generation(), p.parentUuid(), p.rootUuid(),
                p.createdAt(), at));
    }

    @Override
    public void reparent(String uuid, String parentUuid, Timestamp at) {
        providers.computeIfPresent(uuid, (k, p) -> new Provider(k, p.name(), p.generation(), parentUuid, p.rootUuid(),
                p.createdAt(), at));
    }

    @Override
    public void reroot(String uuid, String rootUuid) {
        providers.computeIfPresent(uuid, (k, p) -> new Provider(k, p.name(), p.generation(), p.parentUuid(), rootUuid,
                p.createdAt(), p.updatedAt()));
    }

    @Override
    public List<String> children(String uuid) {
        // A scan: reparenting is rare, and an index kept for it would cost every other event.
        List<String> found = new ArrayList<>();
        for (Provider p : providers.values()) {
            if (uuid.equals(p.parentUuid())) {
                found.add(p.uuid());
            }
        }
        return found;
    }

    @Override
    public Long generation(String uuid) {
        Provider p = providers.get(uuid);
        return p == null ? null : p.generation();
    }

    @Override
    public void touch(String uuid, long generation, Timestamp at) {
        providers.computeIfPresent(uuid, (k, p) -> new Provider(k, p.name(), generation, p.parentUuid(), p.rootUuid(),
                p.createdAt(), at));
    }

    @Override
    public void delete(String uuid) {
        providers.remove(uuid);
        inventories.remove(uuid);
        traits.remove(uuid);
        aggregates.remove(uuid);
    }

    @Override
    public Map<String, InventoryRecord> inventory(String uuid) {
        Map<String, InventoryRecord> found = new HashMap<>();
        inventories.getOrDefault(uuid, Map.of()).forEach((rc, inv) -> found.put(rc, inv.record()));
        return found;
    }

    @Override
    public void addInventory(String uuid, String rc, InventoryRecord inventory, Timestamp at) {
        inventories.computeIfAbsent(uuid, k -> new HashMap<>()).put(rc, new Inventory(inventory, at, at));
    }

    @Override
    public void changeInventory(String uuid, String rc, InventoryRecord inventory, Timestamp at) {
        Map<String, Inventory> rows = inventories.get(uuid);
        if (rows != null) {
            rows.computeIfPresent(rc, (k, old) -> new Inventory(inventory, old.createdAt(), at));
        }
    }

    @Override
    public void removeInventory(String uuid, String rc) {
        Map<String, Inventory> rows = inventories.get(uuid);
        if (rows != null) {
            rows.remove(rc);
        }
    }

    @Override
    public Set<String> traits(String uuid) {
        return new HashSet<>(traits.getOrDefault(uuid, Map.of()).keySet());
    }

    @Override
    public void addTrait(String uuid, String trait, Timestamp at) {
        traits.computeIfAbsent(uuid, k -> new HashMap<>()).put(trait, at);
    }

    @Override
    public void removeTrait(String uuid, String trait) {
        Map<String, Timestamp> rows = traits.get(uuid);
        if (rows != null) {
            rows.remove(trait);
        }
    }

    @Override
    public void replaceAggregates(String uuid, Set<String> replacement) {
        aggregates.put(uuid, new LinkedHashSet<>(replacement));
    }

    @Override
    public void flush() {
        RowBatch rp = new RowBatch(target, JdbcProviderTables.INSERT_PROVIDER);
        providers.values().forEach(p -> rp.add(p.uuid(), p.name(), p.generation(), p.parentUuid(), p.rootUuid(),
                p.createdAt(), p.updatedAt()));
        rp.flush();
        RowBatch inventory = new RowBatch(target, JdbcProviderTables.INSERT_INVENTORY);
        inventories.forEach((uuid, rows) -> rows.forEach((rc, row) -> {
            InventoryRecord inv = row.record();
            inventory.add(uuid, rc, inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                    inv.allocationRatio(), row.createdAt(), row.updatedAt());
        }));
        inventory.flush();
        RowBatch trait = new RowBatch(target, JdbcProviderTables.INSERT_TRAIT);
        traits.forEach((uuid, rows) -> rows.forEach((name, at) -> trait.add(uuid, name, at)));
        trait.flush();
        RowBatch aggregate = new RowBatch(target, JdbcProviderTables.INSERT_AGGREGATE);
        aggregates.forEach((uuid, rows) -> rows.forEach(a -> aggregate.add(uuid, a)));
        aggregate.flush();
    }
}
