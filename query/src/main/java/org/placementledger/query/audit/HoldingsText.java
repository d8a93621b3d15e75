package org.placementledger.query.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts as the history tables hold them in one column: a usage (class to amount) as
 * {@code "DISK_GB=10,VCPU=2"}, a consumer's allocations as {@code "<rp uuid>:DISK_GB=10,VCPU=2;<rp uuid>:..."},
 * both sorted, so equal amounts are equal text (and a table's digest does not depend on map order).
 * Resource class names and uuids hold none of {@code ,;:=}.
 */
final class HoldingsText {

    private HoldingsText() {
    }

    /** {@code usage} as text; classes at 0 are left out. */
    static String usage(Map<String, Long> usage) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(usage).forEach((rc, amount) -> {
            if (amount != 0) {
                text.append(text.isEmpty() ? "" : ",").append(rc).append('=').append(amount);
            }
        });
        return text.toString();
    }

    static Map<String, Long> usage(String text) {
        Map<String, Long> usage = new TreeMap<>();
        if (text.isEmpty()) {
            return usage;
        }
        for (String entry : text.split(",")) {
            int eq = entry.indexOf('=');
            usage.put(entry.substring(0, eq), Long.parseLong(entry, eq + 1, entry.length(), 10));
        }
        return usage;
    }

    /**
     * The usage {@code used} after a consumer's holding changed from {@code before} to {@code after}:
     * a new sorted map, without classes at 0 (so equal usages are equal maps).
     */
    static Map<String, Long> changed(Map<String, Long> used, Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> usage = new TreeMap<>(used);
        before.forEach((rc, amount) -> usage.merge(rc, -amount, Long::sum));
        after.forEach((rc, amount) -> usage.merge(rc, amount, Long::sum));
        usage.values().removeIf(amount -> amount == 0);
        return usage;
    }

    /** A consumer's allocations (provider to class to amount) as text. */
    static String allocations(Map<String, Map<String, Long>> allocations) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(allocations).forEach((rp, resources) -> {
            text.append(text.isEmpty() ? "" : ";").append(rp).append(':').append(usage(resources));
        });
        return text.toString();
    }

    static Map<String, Map<String, Long>> allocations(String text) {
        Map<String, Map<String, Long>> allocations = new TreeMap<>();
        if (text.isEmpty()) {
            return allocations;
        }
        for (String holding : text.split(";")) {
            int colon = holding.indexOf(':');
            allocations.put(holding.substring(0, colon), usage(holding.substring(colon + 1)));
        }
        return allocations;
    }

    /** What {@code text} (allocations) holds on {@code providerUuid}: empty when nothing. */
    static Map<String, Long> heldOn(String text, String providerUuid) {
        int at = text.indexOf(providerUuid + ':');
        if (at < 0) {
            return Map.of();
        }
        int from = at + providerUuid.length() + 1;
        int end = text.indexOf(';', from);
        return usage(text.substring(from, end < 0 ? text.length() : end));
    }
}
