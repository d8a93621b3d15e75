package org.placementledger.query.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A {@code provider_history} row: a run of a provider's states with one name and parent. Every claim
 * gives its providers a new generation and usage, so a row per state would make the table as long as
 * the event store (a replay writes and indexes each row); instead a new state joins the row in force,
 * up to {@link #MAX} changes per row. The row's columns hold its first state ({@code generation},
 * {@code used}); {@code changes} lists the later ones, in order, as
 * {@code "<milliseconds after valid_from>:<generation>[:<used>]"} separated by {@code ';'}, the usage
 * written only where it differs from the state before ({@link HoldingsText#usage}).
 * <p>
 * A state stamped in the same millisecond as the row's latest replaces it: answers are given to the
 * millisecond, and a row then depends only on the states at the end of each millisecond, which is
 * what a store migrated from per-allocation versions can tell (V2_091).
 */
final class GenerationRun {

    /** Changes per row: a row stays short to rewrite, and the table ~1/MAX of the states. */
    static final int MAX = 32;

    /** A provider's generation and usage (class to amount, sorted; none at 0) at some moment. */
    record State(long generation, Map<String, Long> used) {
    }

    private record Change(long offset, State state) {
    }

    private final OffsetDateTime from;
    private State first;
    private final List<Change> changes = new ArrayList<>(4);

    GenerationRun(State first, OffsetDateTime from) {
        this.first = first;
        this.from = from;
    }

    /** A row as stored. */
    static GenerationRun decode(long generation, String used, OffsetDateTime from, String changes) {
        GenerationRun run = new GenerationRun(new State(generation, HoldingsText.usage(used)), from);
        if (changes.isEmpty()) {
            return run;
        }
        Map<String, Long> before = run.first.used();
        for (String change : changes.split(";")) {
            int colon = change.indexOf(':');
            int second = change.indexOf(':', colon + 1);
            long offset = Long.parseLong(change, 0, colon, 10);
            long g = Long.parseLong(change, colon + 1, second < 0 ? change.length() : second, 10);
            Map<String, Long> now = second < 0 ? before : HoldingsText.usage(change.substring(second + 1));
            run.changes.add(new Change(offset, new State(g, now)));
            before = now;
        }
        return run;
    }

    /**
     * Adds {@code state} at {@code t}; false when the row cannot take it: full, or {@code t} before its
     * latest change (clocks of two nodes). The row then ends and another begins, as for any other change.
     */
    boolean add(OffsetDateTime t, State state) {
        if (t.isBefore(from)) {
            return false;
        }
        long offset = Duration.between(from, t).toMillis();
        long last = changes.isEmpty() ? 0 : changes.get(changes.size() - 1).offset();
        if (offset < last) {
            return false;
        }
        if (offset == last) {
            if (changes.isEmpty()) {
                first = state;
            } else {
                changes.set(changes.size() - 1, new Change(offset, state));
            }
            return true;
        }
        if (changes.size() >= MAX) {
            return false;
        }
        changes.add(new Change(offset, state));
        return true;
    }

    State first() {
        return first;
    }

    State latest() {
        return changes.isEmpty() ? first : changes.get(changes.size() - 1).state();
    }

    /** Each of the row's states with the moment it began, in order: the first, then one per change. */
    void forEachState(BiConsumer<OffsetDateTime, State> action) {
        action.accept(from, first);
        changes.forEach(change -> action.accept(from.plusNanos(change.offset() * 1_000_000L), change.state()));
    }

    /** The state at {@code t}, a moment of the row's period. */
    State at(OffsetDateTime t) {
        long offset = Duration.between(from, t).toMillis();
        State state = first;
        for (Change change : changes) {
            if (change.offset() > offset) {
                break;
            }
            state = change.state();
        }
        return state;
    }

    /** The {@code changes} column. */
    String changes() {
        StringBuilder text = new StringBuilder();
        Map<String, Long> before = first.used();
        for (Change change : changes) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(change.offset()).append(':').append(change.state().generation());
            if (!Objects.equals(before, change.state().used())) {
                text.append(':').append(HoldingsText.usage(change.state().used()));
            }
            before = change.state().used();
        }
        return text.toString();
    }
}
