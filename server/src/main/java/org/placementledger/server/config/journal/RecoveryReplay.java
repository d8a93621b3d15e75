package org.placementledger.server.config.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.h2.mvstore.MVStore;
import org.placementledger.api.audit.ReplayStatus;
import org.placementledger.server.cli.AwaitedReplay;
import org.placementledger.server.config.GroupCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When {@link JournalRecovery} has put events back, rebuilds the read models from the event store
 * (the audit replay) once Axon has started and before the web server opens its port (a lifecycle
 * phase between the two), so no request ever reads read models that miss an acknowledged claim. The
 * store is written and the marker removed only once the replay is done. A failed replay stops the
 * start-up: the next start tries again.
 */
@Component
public class RecoveryReplay implements SmartLifecycle {

    /** After Axon's start (SpringAxonConfiguration: Integer.MAX_VALUE - 3072), before the web server's (- 2048). */
    static final int PHASE = Integer.MAX_VALUE - 2560;

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryReplay.class);

    private final GroupCommit groupCommit;
    private final CommandGateway commands;
    private final QueryGateway queries;

    public RecoveryReplay(GroupCommit groupCommit, CommandGateway commands, QueryGateway queries) {
        this.groupCommit = groupCommit;
        this.commands = commands;
        this.queries = queries;
    }

    private volatile boolean running;

    @Override
    public void start() {
        try {
            replayIfOwed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the replay after the claim journal's recovery", e);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void replayIfOwed() throws IOException, InterruptedException {
        MVStore store = groupCommit.fileStore();
        if (store == null) {
            return;
        }
        Path owed = JournalWrites.directoryOf(store).resolve(JournalRecovery.REPLAY_OWED);
        if (!Files.exists(owed)) {
            return;
        }
        LOG.info("claim journal: rebuilding the read models with the events put back (a replay)");
        ReplayStatus status = AwaitedReplay.run(commands, queries, 100, s -> { });
        if (!"done".equals(status.state())) {
            throw new IllegalStateException("the replay after the claim journal's recovery failed: " + status.error());
        }
        groupCommit.awaitWritten();
        Files.delete(owed);
        LOG.info("claim journal: read models rebuilt ({} events)", status.processed());
    }
}
