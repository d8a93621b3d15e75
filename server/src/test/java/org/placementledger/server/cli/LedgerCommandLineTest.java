package org.placementledger.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replay command's H2 settings: no compaction (its page cache is the replay's own, ReplayCacheTest). */
class LedgerCommandLineTest {

    @Test
    void theReplayCommandTurnsCompactionOff() {
        assertThat(LedgerCommandLine.replayH2Options()).isEqualTo(";AUTO_COMPACT_FILL_RATE=0");
    }

    @Test
    void onlyTheMaintenanceCommandsAreHandled() {
        assertThat(LedgerCommandLine.handles(new String[] {"replay"})).isTrue();
        assertThat(LedgerCommandLine.handles(new String[] {"verify", "--x=y"})).isTrue();
        assertThat(LedgerCommandLine.handles(new String[] {"--server.port=1"})).isFalse();
        assertThat(LedgerCommandLine.handles(new String[0])).isFalse();
    }
}
