package org.placementledger.server.handlers;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * What {@link ScratchLedgerWarmup} sends its scratch ledger: the shared benchmark's traffic (ten
 * clients, a connection per request), providers and trees first, then claims in rounds with the JIT
 * let go quiet after each, then a release for every third claim.
 */
final class ScratchTraffic {

    private static final int CLIENTS = 10;
    /** Claims per round; after each, the JIT is let go quiet ({@link #awaitQuietJit}). */
    private static final int ROUND = 1000;
    private static final long JIT_QUIET_MS = 200;
    private static final long JIT_WAIT_MS = 5000;
    /** One claim in this many is on a tree (three providers), the rest on one provider, as the benchmark's modes. */
    private static final int TREE_CLAIM_EVERY = 10;
    /** The shared benchmark's flat provider (as {@link ClaimsWarmup}'s) and its claim. */
    private static final String FLAT_INVENTORY = inventories("\"VCPU\":{\"total\":32,\"max_unit\":16},"
            + "\"MEMORY_MB\":{\"total\":8192,\"min_unit\":128,\"max_unit\":8192},"
            + "\"DISK_GB\":{\"total\":8192,\"min_unit\":5,\"max_unit\":8192}");
    private static final String FLAT_CLAIM = "\"%s\":{\"resources\":{\"VCPU\":1,\"MEMORY_MB\":256,\"DISK_GB\":10}}";
    /** Its nested tree, the part a claim lands on: compute node, NUMA node, two FPGAs; two claims fit. */
    private static final String NODE_INVENTORY = inventories("\"DISK_GB\":{\"total\":20480}");
    private static final String NUMA_INVENTORY = inventories("\"VCPU\":{\"total\":4},"
            + "\"MEMORY_MB\":{\"total\":2048,\"min_unit\":256,\"max_unit\":1024}");
    private static final String FPGA_INVENTORY = inventories("\"FPGA\":{\"total\":1}");
    private static final String TREE_CLAIM = "\"%s\":{\"resources\":{\"DISK_GB\":10}},"
            + "\"%s\":{\"resources\":{\"VCPU\":1,\"MEMORY_MB\":256}},\"%s\":{\"resources\":{\"FPGA\":1}}";

    private final LoopbackHttp http;
    private final BooleanSupplier closing;

    ScratchTraffic(LoopbackHttp http, BooleanSupplier closing) {
        this.http = http;
        this.closing = closing;
    }

    /** Providers and trees, claims, releases; returns how many claims were accepted (204). */
    int send(int claims) throws InterruptedException, ExecutionException {
        String project = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        int treeClaims = 2 * (claims / TREE_CLAIM_EVERY / 2);
        List<String> providers = uuids((claims - treeClaims + ClaimsWarmup.CLAIMS_PER_PROVIDER - 1)
                / ClaimsWarmup.CLAIMS_PER_PROVIDER);
        List<List<String>> trees = new ArrayList<>();
        for (int i = 0; i < treeClaims / 2; i++) {
            trees.add(uuids(4)); // compute node, NUMA node, two FPGAs
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS, r -> {
            Thread thread = new Thread(r, "scratch-warmup");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<Integer>> setup = new ArrayList<>();
            providers.forEach(rp -> setup.add(() -> provider(rp, null, FLAT_INVENTORY)));
            trees.forEach(tree -> setup.add(() -> {
                provider(tree.get(0), null, NODE_INVENTORY);
                provider(tree.get(1), tree.get(0), NUMA_INVENTORY);
                provider(tree.get(2), tree.get(1), FPGA_INVENTORY);
                return provider(tree.get(3), tree.get(1), FPGA_INVENTORY);
            }));
            inParallel(clients, setup);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < claims - treeClaims; i++) {
                bodies.add(FLAT_CLAIM.formatted(providers.get(i % providers.size())));
            }
            trees.forEach(tree -> {
                bodies.add(TREE_CLAIM.formatted(tree.get(0), tree.get(1), tree.get(2)));
                bodies.add(TREE_CLAIM.formatted(tree.get(0), tree.get(1), tree.get(3)));
            });
            Collections.shuffle(bodies);
            // In rounds, the JIT let go quiet after each: while C2's queue is long, HotSpot raises the
            // counts at which it takes a method on, so part of the claim path would only reach C2 later.
            for (int from = 0; from < bodies.size(); from += ROUND) {
                inParallel(clients, bodies.subList(from, Math.min(bodies.size(), from + ROUND)).stream()
                        .map(allocations -> (Callable<Integer>) () -> {
                            String consumer = UUID.randomUUID().toString();
                            int status = http.send("PUT", "/allocations/" + consumer, "{\"allocations\":{" + allocations
                                    + "},\"consumer_generation\":null,\"project_id\":\"" + project
                                    + "\",\"user_id\":\"" + user + "\",\"consumer_type\":\"TEST\"}");
                            if (status == 204) {
                                claimed.add(consumer);
                            }
                            return status;
                        }).toList());
                awaitQuietJit();
            }
            List<Callable<Integer>> releases = new ArrayList<>();
            for (int i = 0; i < claimed.size(); i += 3) {
                String consumer = claimed.get(i);
                releases.add(() -> http.send("DELETE", "/allocations/" + consumer, null));
            }
            inParallel(clients, releases);
            awaitQuietJit();
            return claimed.size();
        } finally {
            clients.shutdownNow();
        }
    }

    /** Waits (at most {@code JIT_WAIT_MS}) until the JIT compilers have done nothing for a while. */
    private void awaitQuietJit() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + JIT_WAIT_MS * 1_000_000L;
        long before = jit.getTotalCompilationTime();
        while (!closing.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(JIT_QUIET_MS);
            long now = jit.getTotalCompilationTime();
            if (now == before) {
                return;
            }
            before = now;
        }
    }

    private int provider(String uuid, String parent, String inventories) throws IOException {
        http.send("POST", "/resource_providers", "{\"uuid\":\"" + uuid + "\",\"name\":\"scratch-warmup-" + uuid + "\""
                + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}");
        return http.send("PUT", "/resource_providers/" + uuid + "/inventories", inventories);
    }

    private static String inventories(String inventories) {
        return "{\"resource_provider_generation\":0,\"inventories\":{" + inventories + "}}";
    }

    private static List<String> uuids(int count) {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uuids.add(UUID.randomUUID().toString());
        }
        return uuids;
    }

    /** Runs the requests on the clients and waits for them all; a request not sent once closing began is skipped. */
    private void inParallel(ExecutorService clients, List<Callable<Integer>> requests)
            throws InterruptedException, ExecutionException {
        List<Callable<Integer>> unlessClosing = requests.stream()
                .map(request -> (Callable<Integer>) () -> closing.getAsBoolean() ? -1 : request.call()).toList();
        for (Future<Integer> answer : clients.invokeAll(unlessClosing)) {
            answer.get(); // a request's failure ends the warm-up
        }
    }
}
