package org.placementledger.query.catalogue;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CatalogueTables} in maps for a replay, written to the target tables by {@link #flush()}. */
public final class MemoryCatalogueTables implements CatalogueTables, MemoryTables {

    private record ResourceClass(String name, Timestamp createdAt, Timestamp updatedAt) {
    }

    private final JdbcTemplate target;
    private final Map<Integer, ResourceClass> classes = new HashMap<>();
    private final Map<String, Timestamp> traits = new HashMap<>();

    public MemoryCatalogueTables(JdbcTemplate target) {
        this.target = target;
    }

    @Override
    public void addClass(int id, String name, Timestamp at) {
        if (classes.putIfAbsent(id, new ResourceClass(name, at, at)) != null) {
            throw new IllegalStateException("resource class " + id + " exists already");
        }
    }

    @Override
    public void renameClass(int id, String name, Timestamp at) {
        classes.computeIfPresent(id, (k, c) -> new ResourceClass(name, c.createdAt(), at));
    }

    @Override
    public void removeClass(int id) {
        classes.remove(id);
    }

    @Override
    public void addTrait(String name, Timestamp at) {
        if (traits.putIfAbsent(name, at) != null) {
            throw new IllegalStateException("trait " + name + " exists already");
        }
    }

    @Override
    public void removeTrait(String name) {
        traits.remove(name);
    }

    @Override
    public void flush() {
        RowBatch classRows = new RowBatch(target, JdbcCatalogueTables.INSERT_CLASS);
        classes.forEach((id, c) -> classRows.add(id, c.name(), c.createdAt(), c.updatedAt()));
        classRows.flush();
        RowBatch traitRows = new RowBatch(target, JdbcCatalogueTables.INSERT_TRAIT);
        traits.forEach((name, at) -> traitRows.add(name, at));
        traitRows.flush();
    }
}
