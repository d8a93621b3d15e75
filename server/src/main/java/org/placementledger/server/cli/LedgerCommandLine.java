package org.placementledger.server.cli;

import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The maintenance commands of the jar ({@code replay}, {@code verify}): the application is started
 * without its web server, on the same store and settings as the service, runs the command and exits.
 */
public final class LedgerCommandLine {

    private LedgerCommandLine() {
    }

    /** True when {@code args} name a maintenance command rather than start the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("replay") || args[0].equals("verify"));
    }

    /**
     * The H2 settings a replay adds to the store's URL. No compaction while it runs: H2 otherwise moves
     * the pages of partly filled chunks in the background, all through the replay (the tables it
     * replaces left much of the file free), a third of a core in its profile; the file is compacted
     * when the service runs again. (The larger page cache a replay wants is set by the replay itself,
     * in the service too: ReplayCache.)
     */
    static String replayH2Options() {
        return ";AUTO_COMPACT_FILL_RATE=0";
    }

    public static void run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status;
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE);
        if (args[0].equals("replay")) {
            builder.properties("placement.h2.command-options=" + replayH2Options());
        }
        try (ConfigurableApplicationContext context = builder.run(rest)) {
            status = switch (args[0]) {
                case "replay" -> ReplayCommandLine.run(context, System.out);
                default -> VerifyCommandLine.run(context, System.out);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        }
        System.exit(status);
    }
}
