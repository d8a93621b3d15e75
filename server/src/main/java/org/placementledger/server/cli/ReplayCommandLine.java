package org.placementledger.server.cli;

import java.io.PrintStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.audit.ReadModelDigest;
import org.placementledger.api.audit.ReplayStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar placement-ledger.jar replay}: rebuilds the read models with the same replay as
 * {@code POST /audit/replay}, showing a progress bar, then one digest line per read model. Exit
 * status 0 when it finished with every digest equal to the one before, 1 otherwise.
 */
final class ReplayCommandLine {

    private static final int BAR = 40;

    private ReplayCommandLine() {
    }

    static int run(ConfigurableApplicationContext context, PrintStream out) throws InterruptedException {
        CommandGateway commands = context.getBean(CommandGateway.class);
        QueryGateway queries = context.getBean(QueryGateway.class);
        ReplayStatus status = AwaitedReplay.run(commands, queries, 200, s -> {
            out.print("\r" + bar(s));
            out.flush();
        });
        out.println();
        if (!"done".equals(status.state())) {
            out.println("replay failed: " + status.error());
            return 1;
        }
        boolean allEqual = true;
        for (ReadModelDigest d : status.digests()) {
            out.printf("%-24s %9d rows  sha256 %s  %s%n", d.table(), d.rows(), d.after(),
                    d.equal() ? "= before" : "DIFFERS from before " + d.before());
            allEqual &= d.equal();
        }
        out.printf("replayed %d events in %s at %d events/s%n", status.processed(),
                java.time.Duration.between(status.startedAt(), status.finishedAt()),
                Math.round(status.eventsPerSecond()));
        return allEqual ? 0 : 1;
    }

    private static String bar(ReplayStatus s) {
        double done = s.total() == 0 ? 1 : Math.min(1, (double) s.processed() / s.total());
        int filled = (int) Math.round(done * BAR);
        return String.format("[%s%s] %3d%%  %d/%d events  %d events/s", "#".repeat(filled), " ".repeat(BAR - filled),
                Math.round(done * 100), s.processed(), s.total(), Math.round(s.eventsPerSecond()));
    }
}
