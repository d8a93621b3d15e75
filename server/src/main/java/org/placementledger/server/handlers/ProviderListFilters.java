package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.catalogue.FindUnknownCatalogueNamesQuery;
import org.placementledger.api.catalogue.UnknownCatalogueNames;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.server.handlers.filters.MemberOfParams;
import org.placementledger.server.handlers.filters.RequiredTraitParams;
import org.placementledger.server.handlers.filters.ResourcesParam;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the query parameters of {@code GET /resource_providers} into a
 * {@link ProviderFilter}, per microversion, in Placement's order: the query schema of the version,
 * member_of, required, resources, then the existence of the named traits and resource classes.
 */
@Component
public class ProviderListFilters {

    private final Gateways gateways;

    public ProviderListFilters(Gateways gateways) {
        this.gateways = gateways;
    }

    public ProviderFilter parse(PlacementRequest request) {
        JsonSchemas.validateQuery(schemaName(request), request.query());
        MemberOfParams.Parsed memberOf = request.query().containsKey("member_of")
                ? MemberOfParams.parse(request.queryValues("member_of"), request.version(), "")
                : new MemberOfParams.Parsed(List.of(), Set.of());
        RequiredTraitParams.Parsed traits = request.query().containsKey("required")
                ? RequiredTraitParams.parse(request.queryValues("required"), request.version())
                : new RequiredTraitParams.Parsed(List.of(), Set.of());
        String resourcesValue = request.lastQueryValue("resources");
        Map<String, Long> resources = resourcesValue == null ? Map.of() : ResourcesParam.parse(resourcesValue);
        requireKnown(traits, resources);
        return new ProviderFilter(nonEmpty(request.lastQueryValue("name")), nonEmpty(request.lastQueryValue("uuid")),
                memberOf.required(), memberOf.forbidden(), nonEmpty(request.lastQueryValue("in_tree")),
                traits.required(), traits.forbidden(), resources);
    }

    private static String schemaName(PlacementRequest request) {
        String version = request.atLeast(1, 18) ? "1.18" : request.atLeast(1, 14) ? "1.14"
                : request.atLeast(1, 4) ? "1.4" : request.atLeast(1, 3) ? "1.3" : "1.0";
        return "resource-providers-query-" + version;
    }

    private void requireKnown(RequiredTraitParams.Parsed traits, Map<String, Long> resources) {
        List<String> traitNames = new ArrayList<>();
        traits.required().forEach(traitNames::addAll);
        traitNames.addAll(traits.forbidden());
        if (traitNames.isEmpty() && resources.isEmpty()) {
            return;
        }
        UnknownCatalogueNames unknown = gateways.ask(new FindUnknownCatalogueNamesQuery(traitNames,
                List.copyOf(resources.keySet())), UnknownCatalogueNames.class);
        // Placement stops at the first name it cannot find.
        if (!unknown.traits().isEmpty()) {
            throw PlacementException.badRequest("Invalid trait(s) in \"required\" parameter: No such trait(s): "
                    + unknown.traits().get(0) + ".");
        }
        if (!unknown.resourceClasses().isEmpty()) {
            throw PlacementException.badRequest("Invalid resource class in resources parameter: "
                    + "No such resource class " + unknown.resourceClasses().get(0) + ".");
        }
    }

    // Placement ignores an empty name, uuid or in_tree (its filters test for a truthy value).
    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
