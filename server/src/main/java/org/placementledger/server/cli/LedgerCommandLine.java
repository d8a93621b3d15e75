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

    public static void run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(rest)) {
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
