package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The versioning rules shared by the history tables (see V2_070__audit_history.sql). */
final class Versions {

    /** valid_to of a version still in force. */
    static final OffsetDateTime OPEN = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    private Versions() {
    }

    /** SQL: the version of alias {@code a} was in force at the two following parameters (t, t). */
    static String inForceAt(String a) {
        return a + ".valid_from <= ? AND " + a + ".valid_to > ?";
    }

    /**
     * Ends, at {@code t}, the versions in force of {@code table} that {@code where} selects (with
     * {@code args}). A version that began at {@code t} itself (one command changing a thing twice)
     * is left as an empty period, which no point in time sees.
     */
    static void end(JdbcTemplate jdbc, String table, String where, OffsetDateTime t, Object... args) {
        List<Object> update = new ArrayList<>(List.of(t));
        update.addAll(Arrays.asList(args));
        update.add(OPEN);
        jdbc.update("UPDATE " + table + " SET valid_to = ? WHERE " + where + " AND valid_to = ?", update.toArray());
    }
}
