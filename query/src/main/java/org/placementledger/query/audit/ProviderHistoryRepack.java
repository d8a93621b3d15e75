package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Packs the {@code provider_history} rows of a store written before {@link GenerationRun} (a row per
 * version) into runs, as the projection now writes them: a later replay then finds the table it
 * rebuilds equal, digest for digest. A version continues the run before it when it begins as that
 * one ends, with the same name and parent, and the run has room; otherwise it begins a run.
 */
public final class ProviderHistoryRepack {

    private record Row(String uuid, long generation, String name, String parentUuid, OffsetDateTime from,
            OffsetDateTime to, String changes) {
    }

    private ProviderHistoryRepack() {
    }

    /** Rewrites the table packed; returns the number of rows it now has. */
    public static int repack(JdbcTemplate jdbc) {
        List<Row> packed = new ArrayList<>();
        Row[] run = {null};
        // A provider's versions in the order they followed each other (an empty period before the one it led to).
        jdbc.query("SELECT rp_uuid, generation, name, parent_uuid, valid_from, valid_to, changes FROM provider_history"
                + " ORDER BY rp_uuid, valid_from, valid_to, generation", rs -> {
                    Row row = new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                            rs.getString(7));
                    Row continued = run[0] == null ? null : continued(run[0], row);
                    if (continued != null) {
                        run[0] = continued;
                    } else {
                        if (run[0] != null) {
                            packed.add(run[0]);
                        }
                        run[0] = row;
                    }
                });
        if (run[0] != null) {
            packed.add(run[0]);
        }
        jdbc.update("DELETE FROM provider_history");
        jdbc.batchUpdate(JdbcProviderHistoryTables.INSERT_PROVIDER, packed.stream().map(r -> new Object[] {r.uuid(),
            r.generation(), r.name(), r.parentUuid(), r.from(), r.to(), r.changes()}).toList());
        return packed.size();
    }

    /** {@code run} with {@code next}'s generation added, or null when {@code next} begins a run of its own. */
    private static Row continued(Row run, Row next) {
        if (!run.uuid().equals(next.uuid()) || !next.changes().isEmpty() || !run.to().isEqual(next.from())
                || !Objects.equals(run.name(), next.name()) || !Objects.equals(run.parentUuid(), next.parentUuid())) {
            return null;
        }
        String changes = GenerationRun.appended(run.changes(), run.from(), next.from(), next.generation());
        return changes == null ? null
                : new Row(run.uuid(), run.generation(), run.name(), run.parentUuid(), run.from(), next.to(), changes);
    }
}
