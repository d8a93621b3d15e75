package org.placementledger.query.provider;

import java.util.ArrayList;
import java.util.List;

import org.placementledger.api.provider.ProviderFilter;

/**
 * Turns a {@link ProviderFilter} into a WHERE clause over {@code rp}. Every filter is per provider
 * (no tree logic) except {@code in_tree}, which means "same root".
 */
class ProviderFilterSql {

    record Sql(String where, List<Object> args) {
    }

    Sql build(ProviderFilter filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter != null) {
            if (filter.name() != null) {
                clauses.add("name = ?");
                args.add(filter.name());
            }
            if (filter.uuid() != null) {
                clauses.add("uuid = ?");
                args.add(filter.uuid());
            }
            if (filter.inTree() != null) {
                clauses.add("root_uuid = (SELECT r.root_uuid FROM rp r WHERE r.uuid = ?)");
                args.add(filter.inTree());
            }
            // TODO(issue 2): member_of, forbidden aggregates, required/forbidden traits, resources.
        }
        return new Sql(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), args);
    }
}
