package org.placementledger.server.handlers;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.catalogue.DeleteTraitCommand;
import org.placementledger.api.catalogue.EnsureTraitCommand;
import org.placementledger.api.catalogue.FindTraitQuery;
import org.placementledger.api.catalogue.ListTraitsQuery;
import org.placementledger.api.catalogue.TraitList;
import org.placementledger.api.catalogue.TraitView;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.node.TextNode;

/** {@code /traits} and {@code /traits/{name}} (1.6+). */
@Component
public class TraitHandler {

    private final Gateways gateways;

    public TraitHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse list(PlacementRequest request) {
        JsonSchemas.validateQuery("trait-list-query-1.6", request.query());
        Set<String> namesIn = null;
        String prefix = null;
        String name = request.lastQueryValue("name");
        if (name != null) {
            int colon = name.indexOf(':');
            if (colon < 0) {
                throw PlacementException.badRequest("Badly formatted name parameter. Expected name query string "
                        + "parameter in form: ?name=[in|startswith]:[name1,name2|prefix]. Got: \"" + name + "\"");
            }
            String op = name.substring(0, colon);
            String value = name.substring(colon + 1);
            // Any other operator filters nothing, as in Placement.
            if (op.equals("in")) {
                namesIn = new LinkedHashSet<>(List.of(value.split(",", -1)));
            } else if (op.equals("startswith")) {
                prefix = value;
            }
        }
        Boolean associated = null;
        String associatedValue = request.lastQueryValue("associated");
        if (associatedValue != null) {
            String lower = associatedValue.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw PlacementException.badRequest(
                        "The query parameter \"associated\" only accepts \"true\" or \"false\"");
            }
            associated = lower.equals("true");
        }
        List<TraitView> traits = gateways.ask(new ListTraitsQuery(namesIn, prefix, associated), TraitList.class)
                .traits();
        Instant newest = traits.stream().map(TraitView::createdAt).max(Comparator.naturalOrder()).orElse(null);
        return PlacementResponse.ok(Map.of("traits", traits.stream().map(TraitView::name).toList()))
                .lastModified(newest);
    }

    /** 204 without a body, yet with cache headers from 1.15 (the trait's creation time). */
    public PlacementResponse show(PlacementRequest request) {
        TraitView trait = find(request.pathParam("name"));
        return PlacementResponse.noContent().cacheHeaders(true).lastModified(trait.createdAt());
    }

    public PlacementResponse ensure(PlacementRequest request) {
        String name = request.pathParam("name");
        if (JsonSchemas.firstError("trait-custom-1.6", TextNode.valueOf(name)) != null) {
            throw PlacementException.badRequest(EnsureTraitCommand.INVALID_NAME);
        }
        Boolean created = gateways.send(new EnsureTraitCommand(name));
        TraitView trait = gateways.ask(new FindTraitQuery(name), TraitView.class);
        PlacementResponse response = Boolean.TRUE.equals(created) ? PlacementResponse.created()
                : PlacementResponse.noContent();
        return response.location(request.baseUrl() + "/traits/" + name).cacheHeaders(true)
                .lastModified(trait == null ? null : trait.createdAt());
    }

    public PlacementResponse delete(PlacementRequest request) {
        gateways.send(new DeleteTraitCommand(request.pathParam("name")));
        return PlacementResponse.noContent();
    }

    private TraitView find(String name) {
        TraitView trait = gateways.ask(new FindTraitQuery(name), TraitView.class);
        if (trait == null) {
            throw PlacementException.notFound("No such trait(s): " + name + ".");
        }
        return trait;
    }
}
