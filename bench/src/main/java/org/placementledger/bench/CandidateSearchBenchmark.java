package org.placementledger.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.query.candidates.CandidateSearch;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.placementledger.query.candidates.sample.NestedPerfload;
import org.placementledger.query.candidates.sample.SampleIndexes;

/**
 * The candidate engine alone (no HTTP, no JSON): the upstream perfload query
 * {@code resources=VCPU:1,DISK_GB:10,MEMORY_MB:256&member_of=<agg>&required=HW_CPU_X86_AVX2} at
 * microversion latest with master's default generation options, on a hand-built index (nestedperf:
 * upstream's nested perfload query on trees of its shape, {@link NestedPerfload}). Short runs
 * (1 fork, 2 x 1 s warm-up, 3 x 2 s measured) so that all scenarios fit in minutes on 2 shared cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class CandidateSearchBenchmark {

    /** shape-size[-limitN]: flat-1000, flat-100000, flat-100000-limit50, nested-500, nestedperf-500 (the harness's nested query). */
    @Param({"flat-1000", "flat-100000-limit50", "flat-100000", "nested-500", "nestedperf-500"})
    public String scenario;

    static final String[] SCENARIOS = {"flat-1000", "flat-100000-limit50", "flat-100000", "nested-500", "nestedperf-500"};

    private CandidateIndex index;
    private FindAllocationCandidatesQuery query;

    @Setup
    public void build() {
        String[] parts = scenario.split("-");
        int size = Integer.parseInt(parts[1]);
        Integer limit = parts.length > 2 ? Integer.valueOf(parts[2].substring("limit".length())) : null;
        switch (parts[0]) {
            case "nestedperf" -> {
                index = new CandidateIndex(NestedPerfload.trees(size));
                query = NestedPerfload.query(limit);
            }
            default -> {
                index = new CandidateIndex("nested".equals(parts[0]) ? SampleIndexes.nested(size) : SampleIndexes.flat(size));
                query = SampleIndexes.perfloadQuery(limit);
            }
        }
        if (candidates().requests().isEmpty()) {
            throw new IllegalStateException(scenario + ": the query finds no candidates");
        }
    }

    String[] scenarios() {
        return SCENARIOS.clone();
    }

    @Benchmark
    public AllocationCandidates candidates() {
        // through the index's read lock, as the query handler does
        return index.read(view -> CandidateSearch.run(view, query));
    }
}
