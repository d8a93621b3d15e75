package org.placementledger.command.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.command.allocation.Claims.C1;
import static org.placementledger.command.allocation.Claims.C2;
import static org.placementledger.command.allocation.Claims.RP1;
import static org.placementledger.command.allocation.Claims.RP2;
import static org.placementledger.command.allocation.Claims.all;
import static org.placementledger.command.allocation.Claims.legacy;
import static org.placementledger.command.allocation.Claims.on;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.command.provider.ProviderClaims;

/** Which providers a write touches and which of them it bumps (spec §4.3). */
class ClaimPlanTest {

    @Test
    void aNewConsumerClaimsOnEveryNamedProviderAndBumpsThem() {
        ClaimPlan plan = ClaimPlan.of(List.of(legacy(C1, all(on(RP1, "VCPU", 1), on(RP2, "DISK_GB", 2)))), Map.of());
        assertThat(plan.byProvider()).containsOnly(
                Map.entry(RP1, new ProviderClaims(Map.of(C1, Map.of("VCPU", 1L)), true)),
                Map.entry(RP2, new ProviderClaims(Map.of(C1, Map.of("DISK_GB", 2L)), true)));
    }

    @Test
    void aMoveReleasesTheOldProviderWithoutABump() {
        ClaimPlan plan = ClaimPlan.of(List.of(legacy(C1, on(RP2, "VCPU", 1))), Map.of(C1, on(RP1, "VCPU", 1)));
        assertThat(plan.byProvider()).containsOnly(
                Map.entry(RP2, new ProviderClaims(Map.of(C1, Map.of("VCPU", 1L)), true)),
                Map.entry(RP1, new ProviderClaims(Map.of(C1, Map.of()), false)));
    }

    @Test
    void clearingBumpsEveryProviderTheConsumerHeld() {
        ClaimPlan plan = ClaimPlan.of(List.of(legacy(C1, Map.of())),
                Map.of(C1, all(on(RP1, "VCPU", 1), on(RP2, "VCPU", 1))));
        assertThat(plan.byProvider()).containsOnly(
                Map.entry(RP1, new ProviderClaims(Map.of(C1, Map.of()), true)),
                Map.entry(RP2, new ProviderClaims(Map.of(C1, Map.of()), true)));
    }

    @Test
    void consumersOnOneProviderAreOneClaimAndAnyWriterBumpsIt() {
        ClaimPlan plan = ClaimPlan.of(List.of(legacy(C1, on(RP2, "VCPU", 1)), legacy(C2, on(RP1, "VCPU", 2))),
                Map.of(C1, on(RP1, "VCPU", 1)));
        assertThat(plan.byProvider().get(RP1))
                .isEqualTo(new ProviderClaims(Map.of(C1, Map.of(), C2, Map.of("VCPU", 2L)), true));
    }

    @Test
    void aProviderKeptIsRewrittenAndBumpedEvenWithTheSameAmounts() {
        ClaimPlan plan = ClaimPlan.of(List.of(legacy(C1, on(RP1, "VCPU", 1))), Map.of(C1, on(RP1, "VCPU", 1)));
        assertThat(plan.byProvider()).containsOnly(
                Map.entry(RP1, new ProviderClaims(Map.of(C1, Map.of("VCPU", 1L)), true)));
    }
}
