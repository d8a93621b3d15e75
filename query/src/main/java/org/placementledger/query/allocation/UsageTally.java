package org.placementledger.query.allocation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.placementledger.api.allocation.UsageReport;

/**
 * The 1.38 grouping of {@code GET /usages}, shared by the live and the point-in-time answers: the
 * consumer filter in SQL, then usage and distinct consumers tallied per reported group ("all" folds
 * every type together; a consumer with no type is "unknown").
 */
public final class UsageTally {

    public static final String UNKNOWN = "unknown";
    public static final String ALL = "all";

    private final String type;
    private final Map<String, Map<String, Long>> usages = new TreeMap<>();
    private final Map<String, Set<String>> consumers = new TreeMap<>();

    public UsageTally(String type) {
        this.type = type;
    }

    /** Appends the user and type conditions on consumer alias {@code c} to a WHERE clause. */
    public static void filter(StringBuilder where, List<Object> args, String column, String userId, String type) {
        if (userId != null) {
            where.append(" AND c.user_id = ?");
            args.add(userId);
        }
        if (UNKNOWN.equals(type)) {
            where.append(" AND c.").append(column).append(" IS NULL");
        } else if (type != null && !ALL.equals(type)) {
            where.append(" AND c.").append(column).append(" = ?");
            args.add(type);
        }
    }

    public void add(String consumerType, String resourceClass, long used, String consumer) {
        String group = ALL.equals(type) ? ALL : consumerType == null ? UNKNOWN : consumerType;
        usages.computeIfAbsent(group, k -> new TreeMap<>()).merge(resourceClass, used, Long::sum);
        consumers.computeIfAbsent(group, k -> new HashSet<>()).add(consumer);
    }

    public UsageReport report() {
        Map<String, Long> counts = new LinkedHashMap<>();
        consumers.forEach((group, members) -> counts.put(group, (long) members.size()));
        return new UsageReport(usages, counts);
    }
}
