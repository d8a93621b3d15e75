package org.placementledger.query.audit.replay;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.audit.FindReplayStatusQuery;
import org.placementledger.api.audit.ReplayStatus;
import org.placementledger.api.audit.StartReplayCommand;
import org.placementledger.api.error.PlacementException;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Starts a {@link Replay} on a thread of its own, one at a time, and tells how it goes. */
@Component
public class ReplayService {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayService.class);

    private final DataSource dataSource;
    private final ReplayGate gate;
    private final CandidateIndex index;
    private final StoredEvents events;
    private final AtomicReference<ReplayStatus> status = new AtomicReference<>(ReplayStatus.IDLE);

    public ReplayService(JdbcTemplate jdbc, ReplayGate gate, CandidateIndex index, StoredEvents events) {
        this.dataSource = jdbc.getDataSource();
        this.gate = gate;
        this.index = index;
        this.events = events;
    }

    @CommandHandler
    public ReplayStatus start(StartReplayCommand command) {
        Instant started = Instant.now();
        ReplayStatus running = new ReplayStatus("running", 0, events.count(), 0, started, null, null, List.of());
        ReplayStatus previous = status.get();
        if ("running".equals(previous.state()) || !status.compareAndSet(previous, running)) {
            throw PlacementException.conflict("A replay is running already (started " + previous.startedAt()
                    + "); follow it with GET /audit/replay.");
        }
        ReplayThreads.start("read-model-replay", () -> run(running));
        return running;
    }

    @QueryHandler
    public ReplayStatus status(FindReplayStatusQuery query) {
        return status.get();
    }

    private void run(ReplayStatus running) {
        long t0 = System.nanoTime();
        try (ReplayCache cache = ReplayCache.raised(dataSource)) {
            var digests = new Replay(dataSource, events, gate, index).run(processed ->
                    status.set(progress(running, "running", processed, t0, null, null, List.of())));
            ReplayStatus now = status.get();
            // events/s stays the rate at which events were applied, not counting the swap and digests.
            status.set(new ReplayStatus("done", now.processed(), now.total(), now.eventsPerSecond(),
                    running.startedAt(), Instant.now(), null, digests));
            LOG.info("Replay done: {} events at {} events/s", now.processed(), Math.round(status.get().eventsPerSecond()));
        } catch (Exception | StackOverflowError e) {
            LOG.error("Replay failed; the live read models are unchanged", e);
            ReplayStatus now = status.get();
            status.set(progress(running, "failed", now.processed(), t0, Instant.now(), String.valueOf(e.getMessage()),
                    List.of()));
        }
    }

    private static ReplayStatus progress(ReplayStatus running, String state, long processed, long t0, Instant finished,
            String error, List<org.placementledger.api.audit.ReadModelDigest> digests) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ReplayStatus(state, processed, Math.max(running.total(), processed),
                seconds > 0 ? processed / seconds : 0, running.startedAt(), finished, error, digests);
    }
}
