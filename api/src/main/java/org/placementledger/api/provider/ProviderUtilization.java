package org.placementledger.api.provider;

import java.util.List;

/** One provider's inventories with what is allocated of each (none: a provider without inventory). */
public record ProviderUtilization(String uuid, String name, List<ClassUtilization> classes) {

    /** The fullest of its classes' utilization, 0 without inventory. */
    public double maxUtilization() {
        return classes.stream().mapToDouble(ClassUtilization::utilization).max().orElse(0);
    }
}
