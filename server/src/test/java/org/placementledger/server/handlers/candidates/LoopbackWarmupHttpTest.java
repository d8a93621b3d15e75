package org.placementledger.server.handlers.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.server.http.HttpApiTest;

/** The warm-up's loopback requests: answered, matching nothing, storing nothing. */
class LoopbackWarmupHttpTest extends HttpApiTest {

    @Test
    void everyRequestIsAnsweredAndTheLedgerKeepsItsEvents() throws IOException {
        String uuid = createProvider();
        put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                "inventories", Map.of("VCPU", Map.of("total", 4), "DISK_GB", Map.of("total", 100),
                        "MEMORY_MB", Map.of("total", 1024)))).send();
        long before = lastEventPosition();

        int ok = new LoopbackWarmup(InetAddress.getLoopbackAddress(), port).run(6, () -> false);

        assertThat(ok).isEqualTo(6);
        assertThat(lastEventPosition()).isEqualTo(before);
    }

    @Test
    void bothShapesMatchNothing() {
        for (String query : LoopbackWarmup.QUERIES) {
            Reply reply = get("/allocation_candidates?" + query).version("latest").send();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("allocation_requests")).isEmpty();
        }
    }

    @Test
    void stopsWhenTheServerCloses() throws IOException {
        assertThat(new LoopbackWarmup(InetAddress.getLoopbackAddress(), port).run(6, () -> true)).isZero();
    }
}
