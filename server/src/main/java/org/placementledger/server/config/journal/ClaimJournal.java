package org.placementledger.server.config.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims' write-ahead journal beside an H2 file store ({@code placement.journal.N} next to
 * {@code placement.mv.db}). A claim's transaction writes its event rows here just before it commits
 * ({@link JournalWrites}); the write is in the file when the claim is answered, so the claim need not
 * wait for H2 to write its B-tree pages: H2 writes them in the background (WRITE_DELAY), many claims'
 * changes to the same pages at once. After a kill, {@link JournalRecovery} puts back the journaled
 * events the H2 file lacks.
 *
 * <p>The journal is kept in segments. Every checkpoint interval (a second by default) a checkpoint
 * starts a new segment, waits until every transaction that wrote to the old one has committed or rolled back,
 * writes the H2 store (so all of them are in its file) and deletes the old segment.
 */
public final class ClaimJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimJournal.class);
    static final String PREFIX = "placement.journal.";
    private static final Pattern SEGMENT = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");

    private final Path directory;
    private final MVStore store;
    private final AtomicLong transactions = new AtomicLong();
    private final Thread checkpoints;
    private final long checkpointMillis;
    private final Object checkpointing = new Object();
    private volatile boolean closed;
    private Segment current;

    /** One file of the journal, and the transactions that wrote to it and have not finished yet. */
    static final class Segment {
        final Path path;
        final FileChannel channel;
        final AtomicInteger open = new AtomicInteger();

        Segment(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    ClaimJournal(Path directory, MVStore store, long checkpointMillis) throws IOException {
        this.directory = directory;
        this.store = store;
        this.checkpointMillis = checkpointMillis;
        this.current = new Segment(directory.resolve(PREFIX + (last(directory) + 1)));
        this.checkpoints = new Thread(this::checkpointPeriodically, "claim-journal-checkpoint");
        checkpoints.setDaemon(true);
        checkpoints.start();
    }

    /** A number for a transaction's records, unique within the journal. */
    long nextTransaction() {
        return transactions.incrementAndGet();
    }

    /**
     * Writes the record to the current segment and returns that segment, counting the transaction
     * as open in it until {@link #finished} is called.
     */
    synchronized Segment append(JournalRecord record) {
        write(current, record);
        current.open.incrementAndGet();
        return current;
    }

    /** The transaction that wrote to {@code segment} has committed or rolled back. */
    void finished(Segment segment, long transaction, boolean committed) {
        if (!committed) {
            // Written before the commit: the record must not be applied after a crash.
            synchronized (this) {
                write(segment, JournalRecord.abort(transaction));
            }
        }
        segment.open.decrementAndGet();
    }

    private static void write(Segment segment, JournalRecord record) {
        ByteBuffer bytes = record.encode();
        try {
            while (bytes.hasRemaining()) {
                segment.channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the claim journal " + segment.path, e);
        }
    }

    /**
     * Makes every record written so far unnecessary: a new segment for what follows, the old one's
     * transactions finished, the H2 store written, the old segment deleted.
     */
    void checkpoint() throws IOException {
        synchronized (checkpointing) {
            Segment old;
            synchronized (this) {
                if (current.channel.size() == 0) {
                    return;
                }
                old = current;
                current = new Segment(directory.resolve(PREFIX + (number(old.path) + 1)));
            }
            while (old.open.get() > 0) {
                LockSupport.parkNanos(100_000);
            }
            store.commit();
            old.channel.close();
            Files.deleteIfExists(old.path);
        }
    }

    private void checkpointPeriodically() {
        while (!closed) {
            LockSupport.parkNanos(checkpointMillis * 1_000_000);
            try {
                if (!closed && !store.isClosed()) {
                    checkpoint();
                }
            } catch (IOException | RuntimeException e) {
                // The segment stays; the next checkpoint tries again, and recovery reads it if none does.
                LOG.warn("claim journal checkpoint failed", e);
            }
        }
    }

    /** A last checkpoint while the store is still open; what it leaves is read by the next start. */
    @Override
    public void close() throws IOException {
        closed = true;
        checkpoints.interrupt();
        if (!store.isClosed()) {
            checkpoint();
        }
        synchronized (this) {
            current.channel.close();
            if (Files.size(current.path) == 0) {
                Files.deleteIfExists(current.path);
            }
        }
    }

    /** The journal's segments in {@code directory}, oldest first. */
    static List<Path> segments(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> SEGMENT.matcher(p.getFileName().toString()).matches()).forEach(found::add);
        }
        found.sort((a, b) -> Long.compare(number(a), number(b)));
        return found;
    }

    private static long last(Path directory) throws IOException {
        List<Path> all = segments(directory);
        return all.isEmpty() ? 0 : number(all.get(all.size() - 1));
    }

    private static long number(Path segment) {
        Matcher m = SEGMENT.matcher(segment.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }
}
