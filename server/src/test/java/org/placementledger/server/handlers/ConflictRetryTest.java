package org.placementledger.server.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.metrics.ClaimRates;
import org.placementledger.server.metrics.LedgerMetrics;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Which failures count as a lost race, and how many times a write is tried. */
class ConflictRetryTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ClaimRates rates = new ClaimRates(Clock.fixed(Instant.parse("2026-01-01T00:00:05Z"), ZoneOffset.UTC));
    private final ConflictRetry retry = new ConflictRetry(
            new PlacementProperties(3, null, null, null, null, null, null, null), new LedgerMetrics(registry, rates));

    @Test
    void lostRacesAreRecognisedHoweverDeeplyWrapped() {
        assertThat(ConflictRetry.isRace(new RuntimeException(new ConcurrencyException("seq taken")))).isTrue();
        assertThat(ConflictRetry.isRace(new AggregateStreamCreationException("consumer exists"))).isTrue();
        assertThat(ConflictRetry.isRace(new DuplicateKeyException("unique"))).isTrue();
        assertThat(ConflictRetry.isRace(new PessimisticLockingFailureException("deadlock victim"))).isTrue();
        assertThat(ConflictRetry.isRace(new DeadlockException("lock cycle"))).isTrue();
        assertThat(ConflictRetry.isRace(new IllegalStateException(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(ConflictRetry.isRace(new IllegalStateException(new SQLException("serialize", "40001")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ConflictRetry.isRace(PlacementException.conflict("capacity"))).isFalse();
        assertThat(ConflictRetry.isRace(new DataIntegrityViolationException("not null"))).isFalse();
        assertThat(ConflictRetry.isRace(new IllegalStateException(new SQLException("syntax", "42601")))).isFalse();
    }

    @Test
    void aRaceIsRetriedAndTheRetryCanWin() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrencyException("lost");
            }
            return "won";
        });
        assertThat(result).isEqualTo("won");
        assertThat(attempts).hasValue(3);
        assertThat(count("placement.claim.conflicts")).isEqualTo(2);
        assertThat(count("placement.claim.retries")).isEqualTo(2);
        assertThat(registry.get("placement.claims").tag("outcome", "accepted").counter().count()).isEqualTo(1);
        assertThat(rates.buckets().get(ClaimRates.BUCKETS - 1)).isEqualTo(
                new ClaimRates.Bucket(Instant.parse("2026-01-01T00:00:00Z"), 1, 0));
    }

    @Test
    void racesBeyondTheRetryCountAre409ConcurrentUpdateAndRefusalsAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("lost");
        })).isInstanceOfSatisfying(PlacementException.class, e -> assertThat(e.code())
                .isEqualTo(ErrorCode.CONCURRENT_UPDATE));
        assertThat(attempts).hasValue(4);

        attempts.set(0);
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw PlacementException.conflict("capacity");
        })).hasMessage("capacity");
        assertThat(attempts).hasValue(1);
        // four lost races, three of them retried; both writes refused, each with its code
        assertThat(count("placement.claim.conflicts")).isEqualTo(4);
        assertThat(count("placement.claim.retries")).isEqualTo(3);
        assertThat(registry.get("placement.claims").tag("outcome", "refused")
                .tag("code", ErrorCode.CONCURRENT_UPDATE.code()).counter().count()).isEqualTo(1);
        assertThat(registry.get("placement.claims").tag("outcome", "refused")
                .tag("code", ErrorCode.UNDEFINED.code()).counter().count()).isEqualTo(1);
        // both refusals were 409s: the dashboard's conflicts series counts them
        assertThat(rates.buckets().get(ClaimRates.BUCKETS - 1).conflicts()).isEqualTo(2);
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
