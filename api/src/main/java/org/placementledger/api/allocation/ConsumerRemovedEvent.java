package org.placementledger.api.allocation;

import org.axonframework.serialization.Revision;

/** A consumer holds nothing any more and is forgotten; its next write starts from no generation. */
@Revision("1")
public record ConsumerRemovedEvent(String consumerUuid) {
}
