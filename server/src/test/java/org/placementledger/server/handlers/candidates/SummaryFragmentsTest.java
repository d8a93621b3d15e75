package org.placementledger.server.handlers.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.api.candidates.ResourceSummary;

/** Summary JSON is kept per summary instance: the index builds a new instance whenever a provider changes. */
class SummaryFragmentsTest {

    private final SummaryFragments fragments = new SummaryFragments();
    private final List<ProviderSummary> encoded = new ArrayList<>();

    private String json(ProviderSummary summary) {
        return fragments.of(summary, s -> {
            encoded.add(s);
            return "{\"used\":" + s.resources().get("VCPU").used() + "}";
        }).getValue();
    }

    private static ProviderSummary using(long used) {
        return new ProviderSummary(Map.of("VCPU", new ResourceSummary(8, used)), List.of(), null, "cn");
    }

    @Test
    void aSummaryIsEncodedOnceAndItsJsonReused() {
        ProviderSummary summary = using(0);

        assertThat(json(summary)).isEqualTo("{\"used\":0}");
        assertThat(json(summary)).isEqualTo("{\"used\":0}");
        assertThat(encoded).hasSize(1);
    }

    @Test
    void aNewSummaryInstanceIsEncodedAfreshEvenWhenEqual() {
        json(using(0));

        assertThat(json(using(3))).isEqualTo("{\"used\":3}");
        assertThat(json(using(3))).isEqualTo("{\"used\":3}");
        assertThat(encoded).hasSize(3);
    }
}
