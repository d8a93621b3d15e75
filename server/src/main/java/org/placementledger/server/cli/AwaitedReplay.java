package org.placementledger.server.cli;

import java.util.function.Consumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.audit.FindReplayStatusQuery;
import org.placementledger.api.audit.ReplayStatus;
import org.placementledger.api.audit.StartReplayCommand;

/** A replay started and waited for (the `replay` command, the claim journal's recovery). */
public final class AwaitedReplay {

    private AwaitedReplay() {
    }

    /** Starts a replay and polls its status every {@code pollMillis}, telling {@code progress}; the last status. */
    public static ReplayStatus run(CommandGateway commands, QueryGateway queries, long pollMillis,
            Consumer<ReplayStatus> progress) throws InterruptedException {
        commands.sendAndWait(new StartReplayCommand());
        ReplayStatus status;
        do {
            Thread.sleep(pollMillis);
            status = queries.query(new FindReplayStatusQuery(), ResponseTypes.instanceOf(ReplayStatus.class)).join();
            progress.accept(status);
        } while ("running".equals(status.state()));
        return status;
    }
}
