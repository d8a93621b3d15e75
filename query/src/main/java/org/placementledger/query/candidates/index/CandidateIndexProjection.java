package org.placementledger.query.candidates.index;

import java.time.Clock;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.candidates.CandidateIndexLag;
import org.placementledger.api.candidates.FindCandidateIndexLagQuery;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link CandidateIndex} current from this node's own writes: each event's change
 * ({@link IndexChanges}) is applied after the command's transaction commits (see {@link AfterCommit}),
 * so a node's searches see its own writes at once. Other nodes' writes come by {@link IndexFollower}.
 */
@Component
@ProcessingGroup(CandidateIndexProjection.GROUP)
public class CandidateIndexProjection {

    public static final String GROUP = "allocation-candidates-index";

    private final CandidateIndex index;
    private final AfterCommitLag lag = new AfterCommitLag(System::nanoTime, Clock.systemUTC());

    public CandidateIndexProjection(CandidateIndex index) {
        this.index = index;
    }

    @EventHandler
    public void on(Object event) {
        Consumer<IndexState> change = IndexChanges.of(event);
        if (change != null) {
            AfterCommit.run(lag.timed(() -> index.change(change)));
        }
    }

    /** The dashboard's "projection lag": read models change in the command's transaction, the index after it. */
    @QueryHandler
    public CandidateIndexLag lag(FindCandidateIndexLagQuery query) {
        return lag.snapshot();
    }
}
