package org.placementledger.server.cli;

import java.io.PrintStream;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.audit.VerifyLedgerQuery;
import org.placementledger.api.audit.VerifyReport;
import org.placementledger.server.handlers.audit.AuditVerifyHandler;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code java -jar placement-ledger.jar verify}: the report of {@code GET /audit/verify} (every
 * finding, not capped) as JSON on stdout. Exit status 0 when clean, 1 when anything was found.
 */
final class VerifyCommandLine {

    private VerifyCommandLine() {
    }

    static int run(ConfigurableApplicationContext context, PrintStream out) {
        VerifyReport report = context.getBean(QueryGateway.class)
                .query(new VerifyLedgerQuery(Integer.MAX_VALUE), ResponseTypes.instanceOf(VerifyReport.class)).join();
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(AuditVerifyHandler.body(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return report.counts().isEmpty() ? 0 : 1;
    }
}
