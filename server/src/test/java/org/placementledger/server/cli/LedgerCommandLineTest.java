package org.placementledger.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replay's H2 settings: no compaction, and a page cache sized by the heap. */
class LedgerCommandLineTest {

    @Test
    void theReplaysPageCacheIsAQuarterOfTheHeapUpTo256Mb() {
        assertThat(LedgerCommandLine.replayH2Options(8L << 30))
                .isEqualTo(";AUTO_COMPACT_FILL_RATE=0;CACHE_SIZE=262144");
        assertThat(LedgerCommandLine.replayH2Options(512L << 20))
                .isEqualTo(";AUTO_COMPACT_FILL_RATE=0;CACHE_SIZE=131072");
    }

    @Test
    void onlyTheMaintenanceCommandsAreHandled() {
        assertThat(LedgerCommandLine.handles(new String[] {"replay"})).isTrue();
        assertThat(LedgerCommandLine.handles(new String[] {"verify", "--x=y"})).isTrue();
        assertThat(LedgerCommandLine.handles(new String[] {"--server.port=1"})).isFalse();
        assertThat(LedgerCommandLine.handles(new String[0])).isFalse();
    }
}
