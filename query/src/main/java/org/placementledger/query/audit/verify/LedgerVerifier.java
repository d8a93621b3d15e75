package org.placementledger.query.audit.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.audit.VerifyFinding;
import org.placementledger.api.audit.VerifyLedgerQuery;
import org.placementledger.api.audit.VerifyReport;
import org.placementledger.query.audit.replay.ReplayGate;
import org.placementledger.query.audit.replay.StoredEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the whole event history ({@link LedgerWalk}: capacity after every event), then checks the
 * final state: each consumer's own allocations against what the providers hold for it
 * ({@code allocation_mismatch}), the allocation read model against the providers
 * ({@code read_model_mismatch}), consumers spread over several provider trees ({@code multiple_roots};
 * providers with MISC_SHARES_VIA_AGGREGATE are left out, as sharing providers serve other trees by
 * design) and consumers left with empty allocations ({@code empty_consumer}).
 */
@Component
public class LedgerVerifier {

    static final String ALLOCATION_MISMATCH = "allocation_mismatch";
    static final String READ_MODEL_MISMATCH = "read_model_mismatch";
    static final String MULTIPLE_ROOTS = "multiple_roots";
    static final String EMPTY_CONSUMER = "empty_consumer";
    private static final int BATCH = 1000;

    private final StoredEvents events;
    private final JdbcTemplate jdbc;
    private final ReplayGate gate;

    public LedgerVerifier(StoredEvents events, JdbcTemplate jdbc, ReplayGate gate) {
        this.events = events;
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @QueryHandler
    public VerifyReport verify(VerifyLedgerQuery query) {
        Map<String, Long> counts = new TreeMap<>();
        List<VerifyFinding> findings = new ArrayList<>();
        java.util.function.Consumer<VerifyFinding> sink = f -> {
            counts.merge(f.kind(), 1L, Long::sum);
            if (findings.size() < query.maxFindings()) {
                findings.add(f);
            }
        };
        LedgerWalk walk = new LedgerWalk(sink);
        long scanned = 0;
        long position = -1;
        StoredEvents.Batch batch;
        while ((batch = events.after(position, BATCH)).rows() > 0) {
            for (TrackedEventMessage<?> event : batch.messages()) {
                walk.apply(event.getPayload(), StoredEvents.position(event), event.getTimestamp());
            }
            scanned += batch.rows();
            position = batch.last();
        }
        gate.reading(() -> {
            finalState(walk, sink);
            return null;
        });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new VerifyReport(scanned, counts, findings, total > findings.size());
    }

    private void finalState(LedgerWalk walk, java.util.function.Consumer<VerifyFinding> sink) {
        Map<String, Map<String, Map<String, Long>>> held = walk.holdingsByConsumer();
        Set<String> everyone = new TreeSet<>(held.keySet());
        everyone.addAll(walk.consumers.keySet());
        for (String consumer : everyone) {
            Map<String, Map<String, Long>> own = sorted(walk.consumers.get(consumer));
            Map<String, Map<String, Long>> onProviders = held.getOrDefault(consumer, Map.of());
            if (walk.consumers.containsKey(consumer) && own.isEmpty()) {
                sink.accept(final_(EMPTY_CONSUMER, null, consumer, "the consumer's allocations are empty, yet it"
                        + " was never removed"));
            } else if (!own.equals(onProviders)) {
                sink.accept(final_(ALLOCATION_MISMATCH, null, consumer, "the consumer records " + own
                        + " but the providers hold " + onProviders + " for it"));
            }
            Set<String> roots = new TreeSet<>();
            for (String rp : onProviders.keySet()) {
                LedgerWalk.Provider p = walk.providers.get(rp);
                if (p == null || !p.traits.contains(LedgerWalk.SHARING_TRAIT)) {
                    roots.add(walk.root(rp));
                }
            }
            if (roots.size() > 1) {
                sink.accept(final_(MULTIPLE_ROOTS, null, consumer, "allocations span provider trees " + roots));
            }
        }
        Map<String, Map<String, Map<String, Long>>> readModel = new TreeMap<>();
        jdbc.query("SELECT consumer_uuid, rp_uuid, resource_class, used FROM allocation", rs -> {
            readModel.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(rs.getString(3), rs.getLong(4));
        });
        Set<String> consumers = new TreeSet<>(readModel.keySet());
        consumers.addAll(held.keySet());
        for (String consumer : consumers) {
            var rows = readModel.getOrDefault(consumer, Map.of());
            var onProviders = held.getOrDefault(consumer, Map.of());
            if (!rows.equals(onProviders)) {
                sink.accept(final_(READ_MODEL_MISMATCH, null, consumer, "the allocation read model has " + rows
                        + " but the providers' events give " + onProviders));
            }
        }
        Set<String> withRows = new HashSet<>(readModel.keySet());
        for (String consumer : jdbc.queryForList("SELECT uuid FROM consumer ORDER BY uuid", String.class)) {
            if (!withRows.contains(consumer)) {
                sink.accept(final_(EMPTY_CONSUMER, null, consumer, "the consumer read model keeps a consumer"
                        + " with no allocation rows"));
            }
        }
    }

    private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, Long>> allocations) {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        if (allocations != null) {
            allocations.forEach((rp, resources) -> {
                if (!resources.isEmpty()) {
                    result.put(rp, new TreeMap<>(resources));
                }
            });
        }
        return result;
    }

    private static VerifyFinding final_(String kind, String rp, String consumer, String detail) {
        return new VerifyFinding(kind, rp, consumer, null, null, detail);
    }
}
