package org.placementledger.query.audit.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.placementledger.query.allocation.AllocationProjection;
import org.placementledger.query.audit.AllocationHistoryProjection;
import org.placementledger.query.audit.ChangeTime;
import org.placementledger.query.audit.ProviderHistoryProjection;
import org.placementledger.query.catalogue.CatalogueProjection;
import org.placementledger.query.provider.InventoryProjection;
import org.placementledger.query.provider.ProviderAggregateProjection;
import org.placementledger.query.provider.ProviderTraitProjection;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies stored events to the read-model tables behind one JdbcTemplate with the live projections
 * themselves: fresh instances of the same classes, their @EventHandler methods invoked by Axon's own
 * adapter (so @Timestamp and the other parameters resolve as live). Each batch runs in one Axon unit
 * of work, as a subscribing processor's batch does; the instant a command's changes took effect
 * (ChangeTime, kept per correlation id in the unit's resources) is carried into the next batches,
 * so a command whose events straddle two batches gets one instant, as it did live.
 */
public final class ProjectionReplayer {

    /** Every projection writing a read-model table (the candidate index is rebuilt from the tables after). */
    static final List<Function<JdbcTemplate, Object>> PROJECTIONS = List.of(ResourceProviderProjection::new,
            InventoryProjection::new, ProviderTraitProjection::new, ProviderAggregateProjection::new,
            CatalogueProjection::new, AllocationProjection::new, ProviderHistoryProjection::new,
            AllocationHistoryProjection::new);

    /** How many commands' instants are remembered across batches: far more than interleave in a store. */
    private static final int REMEMBERED_COMMANDS = 10_000;

    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final Map<String, Object> changeTimes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > REMEMBERED_COMMANDS;
        }
    };

    public ProjectionReplayer(JdbcTemplate jdbc) {
        for (Function<JdbcTemplate, Object> projection : PROJECTIONS) {
            handlers.add(new AnnotationEventHandlerAdapter(projection.apply(jdbc)));
        }
    }

    /** Applies one batch, in order; throws the first handler failure. */
    public void apply(List<? extends EventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unit = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unit.resources().putAll(changeTimes);
        ResultMessage<?> result = unit.executeWithResult(() -> {
            EventMessage<?> event = unit.getMessage();
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("replay failed at " + unit.getMessage().getPayloadType().getSimpleName()
                    + " " + unit.getMessage().getIdentifier(), result.exceptionResult());
        }
        unit.resources().forEach((key, value) -> {
            if (key.startsWith(ChangeTime.RESOURCE_PREFIX)) {
                changeTimes.put(key, value);
            }
        });
    }
}
