package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event store read a few batches ahead, in two stages on threads of their own: one fetches the
 * rows (H2 decoding its pages), the other turns them into messages (Jackson), each batch while the
 * projections apply the batch before. Reading was one thread as long as the applying one or longer
 * (at 1,000,000 events 14 s of CPU against 8 s): split, its halves overlap. {@link #next} hands the
 * batches over in order; an empty batch means the end was read.
 */
final class ReadAhead implements AutoCloseable {

    private static final int BATCHES_AHEAD = 4;

    private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final ExecutorService decoder =
            Executors.newSingleThreadExecutor(ReplayThreads.factory("read-model-replay-decoder"));
    private final AtomicLong decoderCpu = new AtomicLong();
    private volatile boolean closed;
    private volatile long cpu;

    ReadAhead(StoredEvents events, long after, int batchSize) {
        ReplayThreads.start("read-model-replay-reader", () -> read(events, after, batchSize));
    }

    private void read(StoredEvents events, long after, int batchSize) {
        long position = after;
        try {
            List<StoredEventMessages.Row> rows;
            do {
                rows = events.rows(position, batchSize);
                List<StoredEventMessages.Row> fetched = rows;
                long from = position;
                position = rows.isEmpty() ? position : rows.get(rows.size() - 1).globalIndex();
                cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                hand(CompletableFuture.supplyAsync(() -> {
                    StoredEvents.Batch batch = events.messages(fetched, from);
                    decoderCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    return batch;
                }, decoder));
            } while (!rows.isEmpty() && !closed);
        } catch (RuntimeException | Error e) {
            hand(e);
        }
    }

    private void hand(Object item) {
        try {
            while (!closed && !ahead.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the applying side is behind: wait for it (or for close)
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch in global order; empty when the store was read to its end. */
    StoredEvents.Batch next() {
        try {
            Object item = ahead.take();
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof Error e) {
                throw e;
            }
            return ((CompletableFuture<?>) item).thenApply(StoredEvents.Batch.class::cast).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the events", e);
        }
    }

    /** The reading threads' CPU time so far, in nanoseconds. */
    long cpuNanos() {
        return cpu + decoderCpu.get();
    }

    /** Stops the reader after the batch it reads (not interrupted: H2 closes its file on an interrupt). */
    @Override
    public void close() {
        closed = true;
        decoder.shutdown();
    }
}
