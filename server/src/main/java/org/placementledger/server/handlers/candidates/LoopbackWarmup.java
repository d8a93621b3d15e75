package org.placementledger.server.handlers.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

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

    private final InetAddress host;
    private final int port;

    LoopbackWarmup(InetAddress host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends up to {@code requests} requests, alternating the shapes; returns how many got a 200. */
    int run(int requests, BooleanSupplier closing) throws IOException {
        int ok = 0;
        for (int i = 0; i < requests && !closing.getAsBoolean(); i++) {
            if (get("/allocation_candidates?" + QUERIES.get(i % QUERIES.size())) == 200) {
                ok++;
            }
        }
        return ok;
    }

    /** One HTTP/1.0 GET as the noauth2 admin; the status code of its answer, its body read and dropped. */
    int get(String target) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.0\r\nHost: " + host.getHostAddress() + ":" + port
                    + "\r\nX-Auth-Token: admin\r\nOpenStack-API-Version: placement latest\r\n"
                    + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12]; // "HTTP/1.1 200"
            int read = in.readNBytes(head, 0, head.length);
            in.transferTo(OutputStream.nullOutputStream());
            return read == head.length ? parseStatus(head) : -1;
        }
    }

    private static int parseStatus(byte[] head) {
        String line = new String(head, StandardCharsets.US_ASCII);
        try {
            return Integer.parseInt(line.substring(9, 12));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
