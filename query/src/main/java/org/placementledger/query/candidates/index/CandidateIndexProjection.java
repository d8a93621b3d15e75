package org.placementledger.query.candidates.index;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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

    public CandidateIndexProjection(CandidateIndex index) {
        this.index = index;
    }

    @EventHandler
    public void on(Object event) {
        Consumer<IndexState> change = IndexChanges.of(event);
        if (change != null) {
            AfterCommit.run(() -> index.change(change));
        }
    }
}
