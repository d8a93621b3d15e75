package org.placementledger.query.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.query.allocation.UsageSql;

/**
 * Turns a {@link ProviderFilter} into a WHERE clause over {@code rp}. Every filter is per provider
 * (direct membership, own traits, own inventory; no tree logic) except {@code in_tree}, which means
 * "same root". All filters are AND'd.
 */
class ProviderFilterSql {

    record Sql(String where, List<Object> args) {
    }

    Sql build(ProviderFilter filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter != null) {
            if (filter.name() != null) {
                clauses.add("rp.name = ?");
                args.add(filter.name());
            }
            if (filter.uuid() != null) {
                clauses.add("rp.uuid = ?");
                args.add(filter.uuid());
            }
            if (filter.inTree() != null) {
                clauses.add("rp.root_uuid = (SELECT t.root_uuid FROM rp t WHERE t.uuid = ?)");
                args.add(filter.inTree());
            }
            // each member_of / required clause is an any-of set; clauses are AND'd
            for (Set<String> anyOf : nonNull(filter.memberOf())) {
                clauses.add("rp.uuid IN (SELECT a.rp_uuid FROM rp_aggregate a WHERE a.aggregate_uuid IN "
                        + marks(anyOf, args) + ")");
            }
            if (!nonNull(filter.forbiddenAggregates()).isEmpty()) {
                clauses.add("rp.uuid NOT IN (SELECT a.rp_uuid FROM rp_aggregate a WHERE a.aggregate_uuid IN "
                        + marks(filter.forbiddenAggregates(), args) + ")");
            }
            for (Set<String> anyOf : nonNull(filter.requiredTraits())) {
                clauses.add("rp.uuid IN (SELECT t.rp_uuid FROM rp_trait t WHERE t.trait IN "
                        + marks(anyOf, args) + ")");
            }
            if (!nonNull(filter.forbiddenTraits()).isEmpty()) {
                clauses.add("rp.uuid NOT IN (SELECT t.rp_uuid FROM rp_trait t WHERE t.trait IN "
                        + marks(filter.forbiddenTraits(), args) + ")");
            }
            if (filter.resources() != null) {
                for (Map.Entry<String, Long> wanted : filter.resources().entrySet()) {
                    clauses.add(hasRoomFor(wanted.getKey(), wanted.getValue(), args));
                }
            }
        }
        return new Sql(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), args);
    }

    /**
     * The provider itself has inventory of the class with room for the amount: used + amount fits
     * the capacity (a float, not truncated), within the unit bounds, and a multiple of the step.
     */
    private static String hasRoomFor(String resourceClass, long amount, List<Object> args) {
        args.add(resourceClass);
        args.add(amount);
        args.add(amount);
        args.add(amount);
        args.add(amount);
        return "EXISTS (SELECT 1 FROM rp_inventory i WHERE i.rp_uuid = rp.uuid AND i.resource_class = ?"
                + " AND " + UsageSql.usedOf("i") + " + ? <= (i.total - i.reserved) * i.allocation_ratio"
                + " AND i.min_unit <= ? AND i.max_unit >= ? AND MOD(?, i.step_size) = 0)";
    }

    private static String marks(Collection<String> values, List<Object> args) {
        if (values.isEmpty()) {
            return "(NULL)"; // matches nothing, as an empty any-of should
        }
        args.addAll(values);
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    private static <T> Collection<T> nonNull(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
