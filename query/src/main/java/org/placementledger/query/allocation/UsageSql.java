package org.placementledger.query.allocation;

/** SQL for "how much of an inventory row is allocated", shared by every read that needs usage. */
public final class UsageSql {

    private UsageSql() {
    }

    /** Units allocated of inventory row {@code inv} (an alias with rp_uuid and resource_class). */
    public static String usedOf(String inv) {
        return "COALESCE((SELECT SUM(a.used) FROM allocation a WHERE a.rp_uuid = " + inv + ".rp_uuid"
                + " AND a.resource_class = " + inv + ".resource_class), 0)";
    }
}
