package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves a store's {@code allocation_history} (a version per consumer, provider and class) into
 * {@code consumer_history.allocations} and {@code provider_history}'s usage, as the projections now
 * write them, so a later replay finds both tables equal, digest for digest. A consumer version's
 * allocations, and a provider state's usage, are the allocation versions in force at its start.
 * {@code provider_history} is unpacked into its states (whatever form its rows have: a row per
 * version from before V2_080, or runs) and packed again ({@link GenerationRun}).
 * <p>
 * Where two commands changed one consumer within one millisecond, the first one's version (an empty
 * period that no point in time sees) gets the allocations of the second: the old table cannot tell
 * them apart. Answers at any moment are the same either way.
 */
public final class HistoryBackfill {

    private record Held(String key, String resourceClass, long used, OffsetDateTime from, OffsetDateTime to) {
        boolean inForceAt(OffsetDateTime t) {
            return !from.isAfter(t) && to.isAfter(t);
        }
    }

    /** One state of a provider: a version as the projection made it before packing. */
    private record State(long generation, String name, String parentUuid, OffsetDateTime from, OffsetDateTime to) {
    }

    private HistoryBackfill() {
    }

    /** Fills in both tables from allocation_history; returns the number of provider_history rows now. */
    public static int run(JdbcTemplate jdbc) {
        consumers(jdbc);
        return providers(jdbc);
    }

    private static void consumers(JdbcTemplate jdbc) {
        Map<String, List<Held>> held = held(jdbc, "consumer_uuid", "rp_uuid");
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT consumer_uuid, valid_from, valid_to FROM consumer_history", rs -> {
            OffsetDateTime from = rs.getObject(2, OffsetDateTime.class);
            Map<String, Map<String, Long>> allocations = new TreeMap<>();
            held.getOrDefault(rs.getString(1), List.of()).stream().filter(h -> h.inForceAt(from)).forEach(h ->
                    allocations.computeIfAbsent(h.key(), k -> new TreeMap<>()).put(h.resourceClass(), h.used()));
            updates.add(new Object[] {HoldingsText.allocations(allocations), rs.getString(1), from,
                rs.getObject(3, OffsetDateTime.class)});
        });
        jdbc.batchUpdate("UPDATE consumer_history SET allocations = ? WHERE consumer_uuid = ? AND valid_from = ?"
                + " AND valid_to = ?", updates);
    }

    private static int providers(JdbcTemplate jdbc) {
        Map<String, List<Held>> held = held(jdbc, "rp_uuid", "consumer_uuid");
        Map<String, List<State>> states = new LinkedHashMap<>();
        // A provider's rows in the order they followed each other (an empty period before the one it led to).
        jdbc.query("SELECT rp_uuid, generation, name, parent_uuid, valid_from, valid_to, changes FROM provider_history"
                + " ORDER BY rp_uuid, valid_from, valid_to, generation", rs -> {
                    unpack(states.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()), rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(6, OffsetDateTime.class), rs.getString(7));
                });
        jdbc.update("DELETE FROM provider_history");
        RowBatch rows = new RowBatch(jdbc, JdbcProviderHistoryTables.INSERT_PROVIDER);
        int[] count = {0};
        states.forEach((uuid, list) -> count[0] += pack(rows, uuid, list, held.getOrDefault(uuid, List.of())));
        rows.flush();
        return count[0];
    }

    /** A row's states: its first, then one per change; each lasts until the next (the last until the row ends). */
    private static void unpack(List<State> into, long generation, String name, String parentUuid,
            OffsetDateTime from, OffsetDateTime to, String changes) {
        List<OffsetDateTime> starts = new ArrayList<>();
        List<Long> generations = new ArrayList<>();
        GenerationRun.decode(generation, "", from, changes).forEachState((start, state) -> {
            starts.add(start);
            generations.add(state.generation());
        });
        for (int i = 0; i < starts.size(); i++) {
            into.add(new State(generations.get(i), name, parentUuid, starts.get(i),
                    i + 1 < starts.size() ? starts.get(i + 1) : to));
        }
    }

    /** Writes a provider's states as the projection would have: runs of one name and parent. */
    private static int pack(RowBatch rows, String uuid, List<State> states, List<Held> held) {
        UsageSweep usage = new UsageSweep(held);
        int count = 0;
        GenerationRun run = null;
        State first = null;
        OffsetDateTime to = null;
        for (State s : states) {
            GenerationRun.State state = new GenerationRun.State(s.generation(), usage.at(s.from()));
            boolean continues = run != null && to.isEqual(s.from()) && Objects.equals(first.name(), s.name())
                    && Objects.equals(first.parentUuid(), s.parentUuid()) && run.add(s.from(), state);
            if (!continues) {
                if (run != null) {
                    write(rows, uuid, first, run, to);
                    count++;
                }
                run = new GenerationRun(state, s.from());
                first = s;
            }
            to = s.to();
        }
        if (run != null) {
            write(rows, uuid, first, run, to);
            count++;
        }
        return count;
    }

    private static void write(RowBatch rows, String uuid, State first, GenerationRun run, OffsetDateTime to) {
        rows.add(uuid, run.first().generation(), first.name(), first.parentUuid(), first.from(), to, run.changes(),
                HoldingsText.usage(run.first().used()));
    }

    /** A provider's usage at moments in increasing order: the allocation versions in force then. */
    private static final class UsageSweep {
        private final List<Held> byStart;
        private final List<Held> byEnd;
        private final Map<String, Long> usage = new HashMap<>();
        private OffsetDateTime last;
        private int started;
        private int ended;

        UsageSweep(List<Held> held) {
            byStart = held.stream().sorted(Comparator.comparing(Held::from)).toList();
            byEnd = held.stream().sorted(Comparator.comparing(Held::to)).toList();
        }

        Map<String, Long> at(OffsetDateTime t) {
            if (last != null && t.isBefore(last)) {
                // A state stamped before the one before it (clocks of two nodes): start over.
                usage.clear();
                started = 0;
                ended = 0;
            }
            last = t;
            for (; started < byStart.size() && !byStart.get(started).from().isAfter(t); started++) {
                usage.merge(byStart.get(started).resourceClass(), byStart.get(started).used(), Long::sum);
            }
            for (; ended < byEnd.size() && !byEnd.get(ended).to().isAfter(t); ended++) {
                if (!byEnd.get(ended).from().isAfter(t)) {
                    usage.merge(byEnd.get(ended).resourceClass(), -byEnd.get(ended).used(), Long::sum);
                }
            }
            Map<String, Long> now = new TreeMap<>(usage);
            now.values().removeIf(amount -> amount == 0);
            return now;
        }
    }

    /** allocation_history's rows by {@code by}, each keyed by {@code key}. */
    private static Map<String, List<Held>> held(JdbcTemplate jdbc, String by, String key) {
        Map<String, List<Held>> held = new HashMap<>();
        jdbc.query("SELECT " + by + ", " + key + ", resource_class, used, valid_from, valid_to FROM allocation_history",
                rs -> {
                    held.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Held(rs.getString(2),
                            rs.getString(3), rs.getLong(4), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(6, OffsetDateTime.class)));
                });
        return held;
    }
}
