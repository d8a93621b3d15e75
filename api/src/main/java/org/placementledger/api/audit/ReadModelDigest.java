package org.placementledger.api.audit;

/** SHA-256 (hex) of one read-model table's rows before and after a replay, and its row count after. */
public record ReadModelDigest(String table,
        long rows,
        String before,
        String after) {

    public boolean equal() {
        return before.equals(after);
    }
}
