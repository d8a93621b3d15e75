package org.placementledger.query.audit.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.placementledger.query.allocation.AllocationProjection;
import org.placementledger.query.allocation.AllocationTables;
import org.placementledger.query.allocation.JdbcAllocationTables;
import org.placementledger.query.audit.AllocationHistoryTables;
import org.placementledger.query.audit.JdbcAllocationHistoryTables;
import org.placementledger.query.audit.JdbcProviderHistoryTables;
import org.placementledger.query.audit.ProviderHistoryTables;
import org.placementledger.query.catalogue.CatalogueTables;
import org.placementledger.query.catalogue.JdbcCatalogueTables;
import org.placementledger.query.provider.JdbcProviderTables;
import org.placementledger.query.provider.ProviderTables;
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
 * Applies stored events with the live projections themselves: fresh instances of the same classes,
 * their @EventHandler methods found and invoked as Axon's own adapter does (its handler inspector
 * and handling members, so @Timestamp and the other parameters resolve as live; no interceptors are
 * configured on them), over the tables of a JdbcTemplate ({@link #jdbc}, the live row operations) or
 * over rows in memory ({@link MemoryReadModels}: same rules, far fewer statements). Each batch runs in one Axon unit
 * of work, as a subscribing processor's batch does; the instant a command's changes took effect
 * (ChangeTime, per correlation id) is kept in one map handed to every batch's unit
 * ({@link ChangeTime#CARRIED}), so a command whose events straddle two batches gets one instant, as it
 * did live. Which projections handle an event is looked up once per payload class: their handlers
 * resolve every parameter from any message (payload, {@code @Timestamp}), so the class decides.
 */
public final class ProjectionReplayer {

    /**
     * Every projection writing a read-model table (the candidate index is rebuilt from the tables
     * after), over the given row operations.
     */
    static List<Object> projections(ProviderTables providers, CatalogueTables catalogue, AllocationTables allocations,
            ProviderHistoryTables providerHistory, AllocationHistoryTables allocationHistory) {
        return List.of(new ResourceProviderProjection(providers), new InventoryProjection(providers),
                new ProviderTraitProjection(providers), new ProviderAggregateProjection(providers),
                new CatalogueProjection(catalogue), new AllocationProjection(allocations, providers),
                new ProviderHistoryProjection(providerHistory, allocationHistory),
                new AllocationHistoryProjection(allocationHistory));
    }

    /** The projections as they run live: one statement per row change on {@code jdbc}'s tables. */
    public static List<Object> jdbc(JdbcTemplate jdbc) {
        return projections(new JdbcProviderTables(jdbc), new JdbcCatalogueTables(jdbc), new JdbcAllocationTables(jdbc),
                new JdbcProviderHistoryTables(jdbc), new JdbcAllocationHistoryTables(jdbc));
    }

    /** Every event's result: given as a result message, the unit makes none per event (each with a random uuid). */
    private static final ResultMessage<Void> HANDLED = GenericResultMessage.asResultMessage((Object) null);

    /** How many commands' instants are remembered across batches: far more than interleave in a store. */
    private static final int REMEMBERED_COMMANDS = 10_000;

    private final List<Inspected> inspected = new ArrayList<>();
    private final Map<Class<?>, List<Handler>> byPayload = new HashMap<>();
    private final Map<Object, OffsetDateTime> changeTimes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, OffsetDateTime> eldest) {
            return size() > REMEMBERED_COMMANDS;
        }
    };

    /** Applying to {@code jdbc}'s tables, statement by statement, as live. */
    public ProjectionReplayer(JdbcTemplate jdbc) {
        this(jdbc(jdbc));
    }

    public ProjectionReplayer(List<Object> projections) {
        use(projections);
    }

    /** From now on applies with {@code projections}; the commands' instants seen so far are kept. */
    public void use(List<Object> projections) {
        inspected.clear();
        byPayload.clear();
        for (Object projection : projections) {
            inspected.add(new Inspected(projection, AnnotatedHandlerInspector.inspectType(projection.getClass())));
        }
    }

    /** Applies one batch, in order; throws the first handler failure. */
    public void apply(List<? extends EventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unit = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unit.resources().put(ChangeTime.CARRIED, changeTimes);
        ResultMessage<?> result = unit.executeWithResult(() -> {
            EventMessage<?> event = unit.getMessage();
            for (Handler handler : handling(event)) {
                handler.member().handle(event, handler.target());
            }
            return HANDLED;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("replay failed at " + unit.getMessage().getPayloadType().getSimpleName()
                    + " " + unit.getMessage().getIdentifier(), result.exceptionResult());
        }
    }

    /** Each projection's handler of the event's payload class, as Axon's adapter picks it (the first that can). */
    private List<Handler> handling(EventMessage<?> event) {
        return byPayload.computeIfAbsent(event.getPayloadType(), type -> {
            List<Handler> found = new ArrayList<>();
            for (Inspected p : inspected) {
                p.inspector().getHandlers(p.target().getClass()).filter(member -> member.canHandle(event)).findFirst()
                        .ifPresent(member -> found.add(new Handler(p.target(), member)));
            }
            return List.copyOf(found);
        });
    }

    private record Inspected(Object target, AnnotatedHandlerInspector<Object> inspector) {
    }

    private record Handler(Object target, MessageHandlingMember<? super Object> member) {
    }
}
