package org.placementledger.server.handlers;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.server.config.GroupCommit;
import org.placementledger.server.config.journal.JournalWrites;
import org.placementledger.server.http.CallerMetadata;
import org.placementledger.server.metrics.LedgerMetrics;
import org.springframework.stereotype.Component;

/** The handlers' only way into the ledger: commands and queries of the api module, sent and awaited. */
@Component
public class Gateways {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final LedgerMetrics metrics;
    private final GroupCommit written;
    private final JournalWrites journal;

    public Gateways(CommandGateway commands, QueryGateway queries, LedgerMetrics metrics, GroupCommit written,
            JournalWrites journal) {
        this.commands = commands;
        this.queries = queries;
        this.metrics = metrics;
        this.written = written;
        this.journal = journal;
    }

    /**
     * Sends a command and waits for its result; a refusal is rethrown as it was raised. Timed whole:
     * the event store append and the projections run in the command's transaction. Returns (or throws)
     * only once the command's commit is in the store's file; a refusal waits too, so that the state it
     * was refused on (another command's commit) is in the file before the client hears of it. A claim's
     * writes are in the claim journal before it commits instead: it waits only for other commands'
     * commits not written yet (JournalWrites).
     */
    public <R> R send(Object command) {
        long started = System.nanoTime();
        boolean succeeded = false;
        try {
            R result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(CallerMetadata.current()));
            succeeded = true;
            return result;
        } finally {
            if (journal.covers(command)) {
                written.awaitPendingWrites();
            } else {
                written.awaitWritten();
            }
            metrics.command(command, succeeded, System.nanoTime() - started);
        }
    }

    /** Asks a query and waits; null when the answer is "none". */
    public <R> R ask(Object query, Class<R> answerType) {
        long started = System.nanoTime();
        try {
            return queries.query(query, ResponseTypes.instanceOf(answerType)).join();
        } finally {
            metrics.query(query, System.nanoTime() - started);
        }
    }
}
