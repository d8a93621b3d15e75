package org.placementledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.query.candidates.CandidateSearch;
import org.placementledger.query.candidates.index.CandidateIndex;

/**
 * The JMH scenarios measured as CPU time of the calling thread per search, beside wall time: on a
 * shared, busy host wall time (what JMH reports) inflates with other tenants' load, CPU time much less.
 * Run: {@code java -cp bench/target/benchmarks.jar org.placementledger.bench.EngineCpuTime [seconds [scenario...]]}.
 */
public final class EngineCpuTime {

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] scenarios = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new CandidateSearchBenchmark().scenarios();
        for (String scenario : scenarios) {
            CandidateSearchBenchmark b = new CandidateSearchBenchmark();
            b.scenario = scenario;
            b.build();
            run(b, seconds / 2); // warm-up
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int[] found = new int[1];
            long ops = run(b, seconds, found);
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / ops;
            double wall = (System.nanoTime() - wall0) / 1e6 / ops;
            System.out.printf("%-22s candidates %7d  ops %6d  cpu %9.3f ms/op  wall %9.3f ms/op%n",
                    scenario, found[0], ops, cpu, wall);
        }
    }

    private static long run(CandidateSearchBenchmark b, double seconds) {
        return run(b, seconds, new int[1]);
    }

    private static long run(CandidateSearchBenchmark b, double seconds, int[] found) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long ops = 0;
        while (System.nanoTime() < end || ops == 0) {
            found[0] = b.candidates().requests().size();
            ops++;
        }
        return ops;
    }
}
