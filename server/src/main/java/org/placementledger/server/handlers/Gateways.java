package org.placementledger.server.handlers;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.server.http.CallerMetadata;
import org.springframework.stereotype.Component;

/** The handlers' only way into the ledger: commands and queries of the api module, sent and awaited. */
@Component
public class Gateways {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Gateways(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a command and waits for its result; a refusal is rethrown as it was raised. */
    public <R> R send(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CallerMetadata.current()));
    }

    /** Asks a query and waits; null when the answer is "none". */
    public <R> R ask(Object query, Class<R> answerType) {
        return queries.query(query, ResponseTypes.instanceOf(answerType)).join();
    }
}
