package org.placementledger.command.catalogue;

import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.queryhandling.QueryGateway;

/** A QueryGateway for fixtures: every query is answered with {@link #count} and remembered. */
final class ReadSideStub {

    long count;
    final List<Object> asked = new ArrayList<>();
    final QueryGateway gateway = mock(QueryGateway.class, invocation -> {
        if (invocation.getMethod().getName().equals("query")) {
            asked.add(invocation.getArgument(0));
            return CompletableFuture.completedFuture(count);
        }
        return null;
    });
}
