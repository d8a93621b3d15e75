package org.placementledger.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** The dashboard's ten-minute ring of claim and conflict counts, on a hand-driven clock. */
class ClaimRatesTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-01-01T00:00:03Z"), ZoneOffset.UTC);
    private final ClaimRates rates = new ClaimRates(clock);

    @Test
    void countsLandInTheBucketOfTheirTimeAndTheNewestBucketIsLast() {
        rates.claimed();
        rates.claimed();
        rates.conflicted();
        clock.add(Duration.ofSeconds(ClaimRates.BUCKET_SECONDS));
        rates.claimed();

        List<ClaimRates.Bucket> buckets = rates.buckets();
        assertThat(buckets).hasSize(ClaimRates.BUCKETS);
        assertThat(buckets.get(ClaimRates.BUCKETS - 2))
                .isEqualTo(new ClaimRates.Bucket(Instant.parse("2026-01-01T00:00:00Z"), 2, 1));
        assertThat(buckets.get(ClaimRates.BUCKETS - 1))
                .isEqualTo(new ClaimRates.Bucket(Instant.parse("2026-01-01T00:00:10Z"), 1, 0));
        assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2026-01-01T00:00:10Z")
                .minusSeconds((long) (ClaimRates.BUCKETS - 1) * ClaimRates.BUCKET_SECONDS));
    }

    @Test
    void bucketsOlderThanTheWindowAreForgottenEvenWhenTheirSlotComesRoundAgain() {
        rates.claimed();
        clock.add(Duration.ofSeconds((long) ClaimRates.BUCKETS * ClaimRates.BUCKET_SECONDS));
        assertThat(rates.buckets()).allSatisfy(b -> assertThat(b.claims()).isZero());
        rates.conflicted();
        ClaimRates.Bucket newest = rates.buckets().get(ClaimRates.BUCKETS - 1);
        assertThat(newest.claims()).isZero();
        assertThat(newest.conflicts()).isEqualTo(1);
    }
}
