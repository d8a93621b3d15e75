package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A provider_history row's states, as written by the projection and read back from the stored form. */
class GenerationRunTest {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    @Test
    void storedRowGivesEachStateWithTheMomentItBegan() {
        GenerationRun written = new GenerationRun(new GenerationRun.State(3, Map.of("VCPU", 1L)), FROM);
        written.add(FROM.plusNanos(250_000_000), new GenerationRun.State(4, Map.of("VCPU", 1L)));
        written.add(FROM.plusSeconds(2), new GenerationRun.State(5, Map.of("VCPU", 3L, "MEMORY_MB", 512L)));

        GenerationRun read = GenerationRun.decode(3, "VCPU=1", FROM, written.changes());
        List<String> states = new ArrayList<>();
        read.forEachState((start, state) -> states.add(start + " " + state.generation() + " " + state.used()));

        assertThat(states).containsExactly(
                "2026-12-01T10:00Z 3 {VCPU=1}",
                "2026-12-01T10:00:00.250Z 4 {VCPU=1}",
                "2026-12-01T10:00:02Z 5 {MEMORY_MB=512, VCPU=3}");
        assertThat(read.at(FROM.plusSeconds(1)).generation()).isEqualTo(4);
    }

    @Test
    void rowWithoutChangesHasOneState() {
        List<Long> generations = new ArrayList<>();
        GenerationRun.decode(7, "", FROM, "").forEachState((start, state) -> {
            assertThat(start).isEqualTo(FROM);
            generations.add(state.generation());
        });
        assertThat(generations).containsExactly(7L);
    }
}
