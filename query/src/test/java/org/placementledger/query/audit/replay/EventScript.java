package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commands' events for replay tests: each command's events share a correlation id and are 3 ms
 * apart (as a slow command's are), and {@link #live} applies them as a subscribing processor does.
 */
final class EventScript {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.000Z");

    final List<List<EventMessage<?>>> commands = new ArrayList<>();
    private long millis;

    void command(Object... payloads) {
        String correlation = UUID.randomUUID().toString();
        List<EventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            Instant at = T0.plusMillis(millis);
            events.add(new GenericEventMessage<>(new GenericMessage<>(payload, Map.of("correlationId", correlation)),
                    () -> at));
            millis += 3;
        }
        commands.add(events);
    }

    List<EventMessage<?>> all() {
        return commands.stream().flatMap(List::stream).toList();
    }

    /** Each command's events in one unit of work, each event in a batch of its own, through the live projections. */
    void live(JdbcTemplate jdbc) {
        List<AnnotationEventHandlerAdapter> handlers = ProjectionReplayer.jdbc(jdbc).stream()
                .map(AnnotationEventHandlerAdapter::new).toList();
        for (List<EventMessage<?>> events : commands) {
            DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command"));
            try {
                for (EventMessage<?> event : events) {
                    BatchingUnitOfWork<EventMessage<?>> unit = new BatchingUnitOfWork<>(event);
                    var result = unit.executeWithResult(() -> {
                        for (AnnotationEventHandlerAdapter h : handlers) {
                            if (h.canHandle(event)) {
                                h.handle(event);
                            }
                        }
                        return null;
                    }, RollbackConfigurationType.ANY_THROWABLE);
                    assertThat(result.isExceptional()).as(String.valueOf(result.optionalExceptionResult())).isFalse();
                }
            } finally {
                // Committed even when a handler failed: a unit left open on this thread would be every later test's.
                command.commit();
            }
        }
    }
}
