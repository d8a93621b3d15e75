package org.placementledger.query.catalogue;

import java.sql.Timestamp;

/**
 * The row operations of {@code custom_resource_class} and {@code custom_trait}; the rules are
 * {@link CatalogueProjection}'s. {@link JdbcCatalogueTables} live, {@link MemoryCatalogueTables} in a replay.
 */
public interface CatalogueTables {

    void addClass(int id, String name, Timestamp at);

    void renameClass(int id, String name, Timestamp at);

    void removeClass(int id);

    void addTrait(String name, Timestamp at);

    void removeTrait(String name);
}
