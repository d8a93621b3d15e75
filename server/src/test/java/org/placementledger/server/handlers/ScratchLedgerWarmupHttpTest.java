package org.placementledger.server.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.server.http.HttpApiTest;

/** The scratch-ledger warm-up: its claims are committed to a store of its own, which it deletes. */
class ScratchLedgerWarmupHttpTest extends HttpApiTest {

    private static final String THIS_LEDGERS_URL = "jdbc:h2:file:./data/placement;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500";

    @Test
    void itsClaimsAreAcceptedOnAScratchStoreThatIsThenDeleted() {
        long before = lastEventPosition();
        int providers = get("/resource_providers").send().json().get("resource_providers").size();

        // the tests' JVM turns the warm-ups off (placement.warmup.enabled=false): built here, run by hand
        ScratchLedgerWarmup.Outcome outcome = new ScratchLedgerWarmup(45, THIS_LEDGERS_URL, "default").run();

        assertThat(outcome.claims()).isEqualTo(45);
        assertThat(outcome.directory()).isNotNull();
        assertThat(Files.exists(outcome.directory())).isFalse();
        assertThat(lastEventPosition()).isEqualTo(before);
        assertThat(get("/resource_providers").send().json().get("resource_providers")).hasSize(providers);
        // this ledger goes on as before once the scratch one has closed
        String provider = newUuid();
        assertThat(post("/resource_providers", Map.of("uuid", provider, "name", "after-scratch-" + provider))
                .version("1.20").send().status()).isEqualTo(200);
    }

    @Test
    void theScratchStoreKeepsThisLedgersH2Settings() {
        assertThat(ScratchLedgerWarmup.scratchUrl(THIS_LEDGERS_URL, Path.of("/tmp/warm")))
                .isEqualTo("jdbc:h2:file:/tmp/warm/placement;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500");
        assertThat(ScratchLedgerWarmup.scratchUrl("jdbc:h2:file:./data/placement", Path.of("/tmp/warm")))
                .isEqualTo("jdbc:h2:file:/tmp/warm/placement");
    }

    @Test
    void nothingRunsWhenThisLedgerIsNotOnAnH2File() {
        ScratchLedgerWarmup warmup = new ScratchLedgerWarmup(45, "jdbc:postgresql://127.0.0.1:5432/test", "default");
        long before = lastEventPosition();

        warmup.start();

        assertThat(warmup.lastOutcome()).isNull();
        assertThat(lastEventPosition()).isEqualTo(before);
    }
}
