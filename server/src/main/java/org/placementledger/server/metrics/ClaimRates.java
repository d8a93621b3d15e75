package org.placementledger.server.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The dashboard's short memory of allocation writes: claims committed and claims refused with a 409, in
 * {@value #BUCKET_SECONDS}-second buckets over the last {@value #BUCKETS} of them (ten minutes), kept
 * in a ring. Fed by {@link LedgerMetrics} only; this node's writes only (each node keeps its own).
 */
@Component
public class ClaimRates {

    public static final int BUCKET_SECONDS = 10;
    public static final int BUCKETS = 60;

    /** One bucket: its start and its counts. */
    public record Bucket(Instant start, long claims, long conflicts) {
    }

    private final Clock clock;
    private final long[] epochBucket = new long[BUCKETS];
    private final long[] claims = new long[BUCKETS];
    private final long[] conflicts = new long[BUCKETS];

    @Autowired
    public ClaimRates() {
        this(Clock.systemUTC());
    }

    public ClaimRates(Clock clock) {
        this.clock = clock;
    }

    public void claimed() {
        count(claims);
    }

    public void conflicted() {
        count(conflicts);
    }

    /** The last {@value #BUCKETS} buckets, oldest first, the current (still filling) one last. */
    public synchronized List<Bucket> buckets() {
        long now = bucketOf(clock.instant());
        List<Bucket> result = new ArrayList<>(BUCKETS);
        for (long b = now - BUCKETS + 1; b <= now; b++) {
            int slot = slot(b);
            boolean current = epochBucket[slot] == b;
            result.add(new Bucket(Instant.ofEpochSecond(b * BUCKET_SECONDS),
                    current ? claims[slot] : 0, current ? conflicts[slot] : 0));
        }
        return result;
    }

    private synchronized void count(long[] series) {
        long bucket = bucketOf(clock.instant());
        int slot = slot(bucket);
        if (epochBucket[slot] != bucket) {
            // the slot last held a bucket ten minutes old or more
            epochBucket[slot] = bucket;
            claims[slot] = 0;
            conflicts[slot] = 0;
        }
        series[slot]++;
    }

    private static long bucketOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), BUCKET_SECONDS);
    }

    private static int slot(long bucket) {
        return (int) Math.floorMod(bucket, BUCKETS);
    }
}
