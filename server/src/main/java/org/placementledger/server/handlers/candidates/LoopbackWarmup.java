package org.placementledger.server.handlers.candidates;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.placementledger.server.handlers.LoopbackHttp;

/**
 * The second half of the candidates warm-up: real GET /allocation_candidates requests to the
 * server's own port, so Tomcat, the servlet, authentication, the query-string checks and the query
 * bus are compiled before the first scheduler request too (the synthetic half calls the search
 * directly). Each request names an aggregate that cannot exist (the nil uuid) and only standard
 * traits and classes, so on any ledger it matches nothing: it reads no provider and stores nothing.
 * One connection per request, as a scheduler without keep-alive (and ab) opens them.
 */
final class LoopbackWarmup {

    /** The aggregate of no provider: the nil uuid is never one the ledger hands out. */
    private static final String NO_AGGREGATE = "00000000-0000-0000-0000-000000000000";

    /** The shapes of the bench's flat and nested queries (docs/performance.md). */
    static final List<String> QUERIES = List.of(
            "resources=VCPU:1,DISK_GB:10,MEMORY_MB:256&member_of=" + NO_AGGREGATE + "&required=HW_CPU_X86_AVX2",
            "resources=DISK_GB:10&required=COMPUTE_VOLUME_MULTI_ATTACH&member_of=" + NO_AGGREGATE
                    + "&resources_COMPUTE=VCPU:1,MEMORY_MB:256&required_COMPUTE=HW_NUMA_ROOT"
                    + "&resources_FPGA=FPGA:1&group_policy=none&same_subtree=_COMPUTE,_FPGA");

    private final LoopbackHttp http;

    LoopbackWarmup(InetAddress host, int port) {
        this.http = new LoopbackHttp(host, port);
    }

    /** Sends up to {@code requests} requests, alternating the shapes; returns how many got a 200. */
    int run(int requests, BooleanSupplier closing) throws IOException {
        int ok = 0;
        for (int i = 0; i < requests && !closing.getAsBoolean(); i++) {
            if (http.get("/allocation_candidates?" + QUERIES.get(i % QUERIES.size())) == 200) {
                ok++;
            }
        }
        return ok;
    }
}
