package org.placementledger.server.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Placement's registered policy rules with upstream master's defaults (placement/policies/*.py,
 * 2023.1 on): project-scoped admin or service may do everything, only service may reshape, a project
 * reader may read its own project's usages. The base rules but admin_api fall back to the deprecated
 * {@code role:admin} while enforce_new_defaults is off.
 */
public final class PlacementPolicies {

    public static final String ADMIN_API = "admin_api";
    public static final String TOTAL_USAGES = "placement:usages";
    public static final String DASHBOARD_READ = "dashboard:read";

    private static final List<String> PROJECT = List.of("project");
    private static final String DEPRECATED_ADMIN = "role:admin";
    private static final String ADMIN_OR_SERVICE = "rule:admin_or_service_api";

    private PlacementPolicies() {
    }

    public static List<RuleDefault> defaults() {
        List<RuleDefault> rules = new ArrayList<>();
        rules.add(new RuleDefault(ADMIN_API, "role:admin", PROJECT, null));
        rules.add(new RuleDefault("service_api", "role:service", PROJECT, DEPRECATED_ADMIN));
        rules.add(new RuleDefault("admin_or_service_api", "role:admin or role:service", PROJECT, DEPRECATED_ADMIN));
        rules.add(new RuleDefault("project_reader_api", "role:reader and project_id:%(project_id)s", List.of(),
                DEPRECATED_ADMIN));
        rules.add(new RuleDefault("admin_or_project_reader_or_service_api",
                "role:admin or rule:project_reader_api or role:service", PROJECT, DEPRECATED_ADMIN));

        api(rules, "placement:resource_providers:", "list", "create", "show", "update", "delete");
        api(rules, "placement:resource_classes:", "list", "create", "show", "update", "delete");
        api(rules, "placement:resource_providers:inventories:", "list", "create", "show", "update", "delete");
        api(rules, "placement:resource_providers:aggregates:", "list", "update");
        api(rules, "placement:resource_providers:", "usages");
        rules.add(new RuleDefault(TOTAL_USAGES, "rule:admin_or_project_reader_or_service_api", PROJECT, null));
        api(rules, "placement:traits:", "list", "show", "update", "delete");
        api(rules, "placement:resource_providers:traits:", "list", "update", "delete");
        api(rules, "placement:allocations:", "manage", "list", "update", "delete");
        api(rules, "placement:resource_providers:allocations:", "list");
        api(rules, "placement:allocation_candidates:", "list");
        rules.add(new RuleDefault("placement:reshaper:reshape", "rule:service_api", PROJECT, null));

        // The ledger's own audit API (not Placement's): admins and the auditor role, any scope.
        rules.add(new RuleDefault("auditor_api", "role:admin or role:auditor", List.of(), null));
        for (String action : List.of("events", "history", "usages", "allocations", "replay:status", "verify")) {
            rules.add(new RuleDefault("audit:" + action, "rule:auditor_api", List.of(), null));
        }
        // The ops dashboard's data (docs/operations.md): usage and recent events, which auditors read anyway.
        rules.add(new RuleDefault(DASHBOARD_READ, "rule:auditor_api", List.of(), null));
        // Rebuilding the read models is an operator's act: an auditor may follow it, not start it.
        rules.add(new RuleDefault("audit:replay", "role:admin", List.of(), null));
        return List.copyOf(rules);
    }

    private static void api(List<RuleDefault> rules, String prefix, String... actions) {
        for (String action : actions) {
            rules.add(new RuleDefault(prefix + action, ADMIN_OR_SERVICE, PROJECT, null));
        }
    }
}
