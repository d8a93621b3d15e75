package org.placementledger.query.audit;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The generations a {@code provider_history} row went through after its first: a row is a run of a
 * provider's versions with one name and parent. Every claim gives its providers a new generation, so
 * a row per generation would make the table as long as the event store (a replay writes and indexes
 * each row); instead a new generation is added to the row in force, up to {@link #MAX} per row.
 * Written {@code "<milliseconds after valid_from>:<generation>"}, separated by {@code ';'}, in order.
 */
final class GenerationRun {

    /** Changes per row: a row stays short to rewrite, and the table ~1/MAX of the generations. */
    static final int MAX = 32;

    private GenerationRun() {
    }

    /**
     * {@code changes} with a change to {@code generation} at {@code t} added, or null when the row
     * cannot take it: full, or {@code t} before its latest change (clocks of two nodes): then the row
     * ends and another begins, as for any other change.
     */
    static String appended(String changes, OffsetDateTime from, OffsetDateTime t, long generation) {
        long offset = offset(count(changes), lastOffset(changes), from, t);
        return offset < 0 ? null : appended(changes, offset, generation);
    }

    /**
     * Where {@code t} falls in a row begun at {@code from} with {@code count} changes, the latest
     * {@code lastOffset} after {@code from}: its milliseconds after {@code from}, or -1 when the row
     * cannot take it ({@link #appended(String, OffsetDateTime, OffsetDateTime, long)}).
     */
    static long offset(int count, long lastOffset, OffsetDateTime from, OffsetDateTime t) {
        long offset = Duration.between(from, t).toMillis();
        return count >= MAX || t.isBefore(from) || offset < lastOffset ? -1 : offset;
    }

    /** {@code changes} with a change to {@code generation} at {@code offset} (from {@link #offset}) added. */
    static String appended(String changes, long offset, long generation) {
        String change = offset + ":" + generation;
        return changes.isEmpty() ? change : changes + ";" + change;
    }

    static int count(String changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < changes.length(); i++) {
            if (changes.charAt(i) == ';') {
                n++;
            }
        }
        return n;
    }

    /** The row's latest generation. */
    static long latest(long first, String changes) {
        return at(first, changes, Long.MAX_VALUE);
    }

    /** The generation at {@code t}, a moment of the row's period. */
    static long at(long first, String changes, OffsetDateTime from, OffsetDateTime t) {
        return at(first, changes, Duration.between(from, t).toMillis());
    }

    private static long at(long first, String changes, long offset) {
        long generation = first;
        if (changes.isEmpty()) {
            return generation;
        }
        for (String change : changes.split(";")) {
            int colon = change.indexOf(':');
            if (Long.parseLong(change, 0, colon, 10) > offset) {
                break;
            }
            generation = Long.parseLong(change, colon + 1, change.length(), 10);
        }
        return generation;
    }

    private static long lastOffset(String changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        int start = changes.lastIndexOf(';') + 1;
        return Long.parseLong(changes, start, changes.indexOf(':', start), 10);
    }
}
