package org.placementledger.server.config.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a ResourceProviderRenamedEvent stored in revision 1 (or before revisions were recorded) as
 * revision 2: the field {@code name} became {@code newName}. The stored row is never rewritten; the
 * event is upcast each time it is read (aggregate loading, replay, verify). As a Spring bean it joins
 * Axon's upcaster chain, which the event store and the replay's reader both use.
 */
@Component
public class ResourceProviderRenamedUpcaster extends SingleEventUpcaster {

    static final String TYPE = ResourceProviderRenamedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String revision = event.getType().getRevision();
        return TYPE.equals(event.getType().getName()) && (revision == null || revision.equals("0")
                || revision.equals("1"));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ObjectNode node = ((ObjectNode) payload).deepCopy();
            node.set("newName", node.remove("name"));
            return node;
        });
    }
}
