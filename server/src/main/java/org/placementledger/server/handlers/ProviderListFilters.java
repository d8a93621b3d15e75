package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.catalogue.FindUnknownCatalogueNamesQuery;
import org.placementledger.api.catalogue.UnknownCatalogueNames;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.ListResourceProvidersQuery;
import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.api.provider.ResourceProviderList;
import org.placementledger.api.provider.ResourceProviderView;
import org.placementledger.server.handlers.filters.MemberOfParams;
import org.placementledger.server.handlers.filters.RequiredTraitParams;
import org.placementledger.server.handlers.filters.ResourcesParam;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the query parameters of {@code GET /resource_providers} into a
 * {@link ProviderFilter}, per microversion, in Placement's order: the query schema of the version,
 * member_of, required, resources, then the existence of the named traits and resource classes as
 * Placement meets them while filtering.
 */
@Component
public class ProviderListFilters {

    private final Gateways gateways;

    public ProviderListFilters(Gateways gateways) {
        this.gateways = gateways;
    }

    /**
     * The filter of the request, or null when Placement answers an empty list before it reaches a
     * name it does not know (see {@link #checkNames}).
     */
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
        ProviderFilter filter = new ProviderFilter(nonEmpty(request.lastQueryValue("name")),
                nonEmpty(request.lastQueryValue("uuid")), memberOf.required(), memberOf.forbidden(),
                nonEmpty(request.lastQueryValue("in_tree")), traits.required(), traits.forbidden(), resources);
        return checkNames(filter) ? filter : null;
    }

    /**
     * Placement looks the names up as it applies the filters, in this order, and an earlier filter
     * that leaves no provider ends the search with an empty list: in_tree naming no provider, the
     * required traits (400 for the first unknown one), no provider with them, the forbidden traits,
     * no provider in the member_of aggregates, the resource classes. So the order matters only when a
     * name is unknown, and only then are the earlier filters tried. False: answer an empty list.
     */
    private boolean checkNames(ProviderFilter filter) {
        List<String> traitNames = new ArrayList<>();
        filter.requiredTraits().forEach(traitNames::addAll);
        traitNames.addAll(filter.forbiddenTraits());
        if (traitNames.isEmpty() && filter.resources().isEmpty()) {
            return true;
        }
        UnknownCatalogueNames unknown = gateways.ask(new FindUnknownCatalogueNamesQuery(traitNames,
                List.copyOf(filter.resources().keySet())), UnknownCatalogueNames.class);
        if (unknown.traits().isEmpty() && unknown.resourceClasses().isEmpty()) {
            return true;
        }
        if (filter.inTree() != null && gateways.ask(new FindResourceProviderQuery(filter.inTree()),
                ResourceProviderView.class) == null) {
            return false;
        }
        Set<String> required = new LinkedHashSet<>();
        filter.requiredTraits().forEach(required::addAll);
        for (String trait : unknown.traits()) {
            if (required.contains(trait)) {
                throw unknownTrait(trait);
            }
        }
        if (!filter.requiredTraits().isEmpty() && nothingMatches(new ProviderFilter(null, null, List.of(), Set.of(),
                null, filter.requiredTraits(), Set.of(), Map.of()))) {
            return false;
        }
        if (!unknown.traits().isEmpty()) {
            throw unknownTrait(unknown.traits().get(0));
        }
        if (!filter.memberOf().isEmpty() && nothingMatches(new ProviderFilter(null, null, filter.memberOf(), Set.of(),
                null, List.of(), Set.of(), Map.of()))) {
            return false;
        }
        throw PlacementException.badRequest("Invalid resource class in resources parameter: "
                + "No such resource class " + unknown.resourceClasses().get(0) + ".");
    }

    private boolean nothingMatches(ProviderFilter filter) {
        return gateways.ask(new ListResourceProvidersQuery(filter), ResourceProviderList.class).providers().isEmpty();
    }

    private static PlacementException unknownTrait(String trait) {
        return PlacementException.badRequest("Invalid trait(s) in \"required\" parameter: No such trait(s): "
                + trait + ".");
    }

    private static String schemaName(PlacementRequest request) {
        String version = request.atLeast(1, 18) ? "1.18" : request.atLeast(1, 14) ? "1.14"
                : request.atLeast(1, 4) ? "1.4" : request.atLeast(1, 3) ? "1.3" : "1.0";
        return "resource-providers-query-" + version;
    }

    // Placement ignores an empty name, uuid or in_tree (its filters test for a truthy value).
    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
