package org.placementledger.server;

import org.placementledger.server.cli.LedgerCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Placement Ledger service: OpenStack Placement's HTTP API over an event-sourced ledger. */
@SpringBootApplication(scanBasePackages = "org.placementledger")
@ConfigurationPropertiesScan("org.placementledger.server.config")
public class PlacementLedgerApplication {

    public static void main(String[] args) {
        if (LedgerCommandLine.handles(args)) {
            LedgerCommandLine.run(PlacementLedgerApplication.class, args);
            return;
        }
        SpringApplication.run(PlacementLedgerApplication.class, args);
    }
}
