package org.placementledger.server.http;

import static org.placementledger.server.http.Route.BodyKind.JSON;
import static org.placementledger.server.http.Route.BodyKind.NONE;

import java.util.ArrayList;
import java.util.List;

import org.placementledger.server.handlers.AggregateHandler;
import org.placementledger.server.handlers.AllocationCandidateHandler;
import org.placementledger.server.handlers.AllocationHandler;
import org.placementledger.server.handlers.InventoryHandler;
import org.placementledger.server.handlers.ProviderTraitHandler;
import org.placementledger.server.handlers.ProviderUsageHandler;
import org.placementledger.server.handlers.ReshaperHandler;
import org.placementledger.server.handlers.ResourceClassHandler;
import org.placementledger.server.handlers.ResourceProviderHandler;
import org.placementledger.server.handlers.RootHandler;
import org.placementledger.server.handlers.TraitHandler;
import org.placementledger.server.handlers.UsageHandler;
import org.placementledger.server.handlers.audit.AuditEventHandler;
import org.placementledger.server.handlers.audit.AuditPointInTimeHandler;
import org.placementledger.server.handlers.audit.AuditReplayHandler;
import org.placementledger.server.handlers.audit.AuditVerifyHandler;
import org.placementledger.server.handlers.dashboard.DashboardHandler;
import org.placementledger.server.policy.PlacementPolicies;
import org.springframework.stereotype.Component;

/**
 * Every route of the API in one place, as Placement's ROUTE_DECLARATIONS: path, method,
 * microversion window, policy rule (null: none, or checked by the handler), body kind and handler.
 * Methods are listed per path in the order Placement lists them, which is the order of the
 * {@code Allow} header on a 405.
 */
@Component
public class RouteTable {

    private static final Microversion V1_0 = Microversion.MIN;
    private static final Microversion LATEST = Microversion.MAX;

    private final List<Route> routes = new ArrayList<>();

    public RouteTable(RootHandler root, ResourceProviderHandler providers, InventoryHandler inventories,
                      ProviderUsageHandler usages, AggregateHandler aggregates, ProviderTraitHandler providerTraits,
                      ResourceClassHandler classes, TraitHandler traits,
                      AllocationHandler allocations, UsageHandler totalUsages, ReshaperHandler reshaper,
                      AuditEventHandler auditEvents, AuditPointInTimeHandler auditAt,
                      AuditReplayHandler auditReplay, AuditVerifyHandler auditVerify,
                      AllocationCandidateHandler candidates, DashboardHandler dashboard) {
        add("GET", "/", V1_0, LATEST, null, NONE, root::home);

        String rps = "/resource_providers";
        add("GET", rps, V1_0, LATEST, "placement:resource_providers:list", NONE, providers::list);
        add("POST", rps, V1_0, LATEST, "placement:resource_providers:create", JSON, providers::create);

        String rp = rps + "/{uuid}";
        add("GET", rp, V1_0, LATEST, "placement:resource_providers:show", NONE, providers::show);
        add("DELETE", rp, V1_0, LATEST, "placement:resource_providers:delete", NONE, providers::delete);
        add("PUT", rp, V1_0, LATEST, "placement:resource_providers:update", JSON, providers::update);

        String invs = rp + "/inventories";
        add("GET", invs, V1_0, LATEST, "placement:resource_providers:inventories:list", NONE, inventories::list);
        add("POST", invs, V1_0, LATEST, "placement:resource_providers:inventories:create", JSON, inventories::create);
        add("PUT", invs, V1_0, LATEST, "placement:resource_providers:inventories:update", JSON, inventories::replaceAll);
        routes.add(new Route("DELETE", invs, v(1, 5), LATEST, "placement:resource_providers:inventories:delete",
                NONE, true, inventories::deleteAll));

        String inv = invs + "/{resource_class}";
        add("GET", inv, V1_0, LATEST, "placement:resource_providers:inventories:show", NONE, inventories::show);
        add("PUT", inv, V1_0, LATEST, "placement:resource_providers:inventories:update", JSON, inventories::update);
        add("DELETE", inv, V1_0, LATEST, "placement:resource_providers:inventories:delete", NONE, inventories::delete);

        add("GET", rp + "/usages", V1_0, LATEST, "placement:resource_providers:usages", NONE, usages::providerUsages);
        add("GET", rp + "/allocations", V1_0, LATEST, "placement:resource_providers:allocations:list", NONE,
                allocations::listForProvider);

        add("POST", "/allocations", v(1, 13), LATEST, "placement:allocations:manage", JSON, allocations::replaceMany);
        String consumer = "/allocations/{consumer_uuid}";
        add("GET", consumer, V1_0, LATEST, "placement:allocations:list", NONE, allocations::listForConsumer);
        add("PUT", consumer, V1_0, LATEST, "placement:allocations:update", JSON, allocations::replaceForConsumer);
        add("DELETE", consumer, V1_0, LATEST, "placement:allocations:delete", NONE, allocations::deleteForConsumer);

        // placement:usages is checked by the handler itself: on the queried project, before validation
        add("GET", "/usages", v(1, 9), LATEST, null, NONE, totalUsages::totalUsages);
        add("POST", "/reshaper", v(1, 30), LATEST, "placement:reshaper:reshape", JSON, reshaper::reshape);
        add("GET", "/allocation_candidates", v(1, 10), LATEST, "placement:allocation_candidates:list", NONE,
                candidates::list);

        String aggs = rp + "/aggregates";
        add("GET", aggs, v(1, 1), LATEST, "placement:resource_providers:aggregates:list", NONE, aggregates::list);
        add("PUT", aggs, v(1, 1), LATEST, "placement:resource_providers:aggregates:update", JSON, aggregates::replace);

        String rpTraits = rp + "/traits";
        add("GET", rpTraits, v(1, 6), LATEST, "placement:resource_providers:traits:list", NONE, providerTraits::list);
        add("PUT", rpTraits, v(1, 6), LATEST, "placement:resource_providers:traits:update", JSON,
                providerTraits::replace);
        add("DELETE", rpTraits, v(1, 6), LATEST, "placement:resource_providers:traits:delete", NONE,
                providerTraits::delete);

        String rcs = "/resource_classes";
        add("GET", rcs, v(1, 2), LATEST, "placement:resource_classes:list", NONE, classes::list);
        add("POST", rcs, v(1, 2), LATEST, "placement:resource_classes:create", JSON, classes::create);
        String rc = rcs + "/{name}";
        add("GET", rc, v(1, 2), LATEST, "placement:resource_classes:show", NONE, classes::show);
        add("PUT", rc, v(1, 2), v(1, 6), "placement:resource_classes:update", JSON, classes::rename);
        add("PUT", rc, v(1, 7), LATEST, "placement:resource_classes:update", NONE, classes::ensure);
        add("DELETE", rc, v(1, 2), LATEST, "placement:resource_classes:delete", NONE, classes::delete);

        add("GET", "/traits", v(1, 6), LATEST, "placement:traits:list", NONE, traits::list);
        String trait = "/traits/{name}";
        add("GET", trait, v(1, 6), LATEST, "placement:traits:show", NONE, traits::show);
        add("PUT", trait, v(1, 6), LATEST, "placement:traits:update", NONE, traits::ensure);
        add("DELETE", trait, v(1, 6), LATEST, "placement:traits:delete", NONE, traits::delete);

        // For auditors, outside Placement's namespace (docs/audit.md); every microversion is accepted.
        routes.add(new Route("GET", "/audit/events", V1_0, LATEST, "audit:events", NONE, false,
                auditEvents::events, true));
        add("GET", "/audit/resource_providers/{uuid}/history", V1_0, LATEST, "audit:history", NONE,
                auditEvents::providerHistory);
        add("GET", "/audit/consumers/{uuid}/history", V1_0, LATEST, "audit:history", NONE,
                auditEvents::consumerHistory);
        add("GET", "/audit/resource_providers/{uuid}/usages", V1_0, LATEST, "audit:usages", NONE,
                auditAt::providerUsages);
        add("GET", "/audit/usages", V1_0, LATEST, "audit:usages", NONE, auditAt::usages);
        add("GET", "/audit/allocations/{consumer_uuid}", V1_0, LATEST, "audit:allocations", NONE,
                auditAt::consumerAllocations);
        add("POST", "/audit/replay", V1_0, LATEST, "audit:replay", NONE, auditReplay::start);
        add("GET", "/audit/replay", V1_0, LATEST, "audit:replay:status", NONE, auditReplay::status);
        add("GET", "/audit/verify", V1_0, LATEST, "audit:verify", NONE, auditVerify::verify);

        // The ops dashboard's data; the page itself (/dashboard) is a static file served outside this
        // pipeline, without data and so without a token (docs/operations.md).
        add("GET", "/dashboard/data", V1_0, LATEST, PlacementPolicies.DASHBOARD_READ, NONE, dashboard::data);
    }

    public List<Route> routes() {
        return routes;
    }

    private void add(String method, String pattern, Microversion min, Microversion max, String policy,
                     Route.BodyKind body, Handler handler) {
        routes.add(new Route(method, pattern, min, max, policy, body, false, handler));
    }

    private static Microversion v(int major, int minor) {
        return new Microversion(major, minor);
    }
}
