package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The event store read a few batches ahead on a thread of its own: reading and deserializing the
 * rows (a third of a replay's work) runs on the second core while the projections apply the batch
 * before. {@link #next} hands the batches over in order; an empty batch means the end was read.
 */
final class ReadAhead implements AutoCloseable {

    private static final int BATCHES_AHEAD = 4;

    private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private volatile boolean closed;
    private volatile long cpu;

    ReadAhead(StoredEvents events, long after, int batchSize) {
        Thread reader = new Thread(() -> read(events, after, batchSize), "read-model-replay-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(StoredEvents events, long after, int batchSize) {
        long position = after;
        try {
            StoredEvents.Batch batch;
            do {
                batch = events.after(position, batchSize);
                position = batch.last();
                cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                hand(batch);
            } while (batch.rows() > 0 && !closed);
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
            return (StoredEvents.Batch) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the events", e);
        }
    }

    /** The reading thread's CPU time so far, in nanoseconds. */
    long cpuNanos() {
        return cpu;
    }

    /** Stops the reader after the batch it reads (not interrupted: H2 closes its file on an interrupt). */
    @Override
    public void close() {
        closed = true;
    }
}
