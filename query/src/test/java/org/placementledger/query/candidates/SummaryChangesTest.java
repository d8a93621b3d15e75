package org.placementledger.query.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.api.candidates.ResourceSummary;

/** Provider summaries are kept between searches; every change to a provider must show in the next one. */
class SummaryChangesTest {

    private final TestIndex index = new TestIndex().root("cn").inventory("cn", "VCPU", 8).traits("cn", "HW_CPU_X86_AVX2");

    private ProviderSummary summary() {
        return CandidateSearch.run(index.state, Requests.of().group("", "VCPU:1").query()).summaries().get("cn");
    }

    @Test
    void aClaimShowsInTheNextSearchsSummary() {
        assertThat(summary().resources()).containsEntry("VCPU", new ResourceSummary(8, 0));

        index.use("cn", "consumer", "VCPU", 3);

        assertThat(summary().resources()).containsEntry("VCPU", new ResourceSummary(8, 3));
    }

    @Test
    void inventoryTraitsAndParentChangesShowInTheNextSearchsSummary() {
        summary();

        index.inventory("cn", "MEMORY_MB", 1024).traits("cn", "HW_CPU_X86_SSE2", "CUSTOM_FAST");
        index.root("top");
        index.state.parentChanged("cn", "top", "top");

        ProviderSummary after = summary();
        assertThat(after.resources()).containsOnlyKeys("MEMORY_MB", "VCPU");
        assertThat(after.traits()).isEqualTo(List.of("HW_CPU_X86_SSE2", "CUSTOM_FAST"));
        assertThat(after.parentUuid()).isEqualTo("top");
        assertThat(after.rootUuid()).isEqualTo("top");
        assertThat(Map.copyOf(after.resources())).containsEntry("MEMORY_MB", new ResourceSummary(1024, 0));
    }
}
