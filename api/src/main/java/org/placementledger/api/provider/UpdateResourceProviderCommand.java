package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rename and/or set the parent of a provider; re-parenting and un-parenting only when {@code reparentingAllowed} (1.37+). */
public record UpdateResourceProviderCommand(@TargetAggregateIdentifier String uuid,
        String name,
        String parentUuid,
        boolean reparentingAllowed) {
}
