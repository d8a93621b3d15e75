package org.placementledger.server.handlers;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.placementledger.api.catalogue.CreateResourceClassCommand;
import org.placementledger.api.catalogue.DeleteResourceClassCommand;
import org.placementledger.api.catalogue.EnsureResourceClassCommand;
import org.placementledger.api.catalogue.FindResourceClassQuery;
import org.placementledger.api.catalogue.ListResourceClassesQuery;
import org.placementledger.api.catalogue.RenameResourceClassCommand;
import org.placementledger.api.catalogue.ResourceClassList;
import org.placementledger.api.catalogue.ResourceClassView;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code /resource_classes} and {@code /resource_classes/{name}} (1.2+). */
@Component
public class ResourceClassHandler {

    private final Gateways gateways;

    public ResourceClassHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse list(PlacementRequest request) {
        List<ResourceClassView> classes = gateways.ask(new ListResourceClassesQuery(), ResourceClassList.class)
                .classes();
        Instant newest = classes.stream().map(ResourceClassHandler::modified).max(Comparator.naturalOrder())
                .orElse(null);
        String prefix = request.linkPrefix();
        return PlacementResponse.ok(Map.of("resource_classes",
                classes.stream().map(rc -> representation(prefix, rc.name())).toList())).lastModified(newest);
    }

    public PlacementResponse create(PlacementRequest request) {
        JsonNode body = request.json();
        JsonSchemas.validateBody("resource-class-post-1.2", body);
        String name = body.get("name").asText();
        gateways.send(new CreateResourceClassCommand(name));
        return PlacementResponse.created().location(url(request, name));
    }

    public PlacementResponse show(PlacementRequest request) {
        ResourceClassView rc = find(request.pathParam("name"));
        return PlacementResponse.ok(representation(request.linkPrefix(), rc.name())).lastModified(modified(rc));
    }

    /** PUT at 1.2-1.6: renames a custom class; no cache headers, as in Placement. */
    public PlacementResponse rename(PlacementRequest request) {
        JsonNode body = request.json();
        JsonSchemas.validateBody("resource-class-put-1.2", body);
        String newName = body.get("name").asText();
        gateways.send(new RenameResourceClassCommand(request.pathParam("name"), newName));
        return PlacementResponse.ok(representation(request.linkPrefix(), newName)).cacheHeaders(false);
    }

    /** PUT at 1.7+: creates the class unless it exists (201 or 204); the path name is checked by the body schema. */
    public PlacementResponse ensure(PlacementRequest request) {
        String name = request.pathParam("name");
        JsonSchemas.validateBody("resource-class-put-1.2", JsonNodeFactory.instance.objectNode().put("name", name));
        Boolean created = gateways.send(new EnsureResourceClassCommand(name));
        PlacementResponse response = Boolean.TRUE.equals(created) ? PlacementResponse.created()
                : PlacementResponse.noContent();
        return response.location(url(request, name));
    }

    public PlacementResponse delete(PlacementRequest request) {
        gateways.send(new DeleteResourceClassCommand(request.pathParam("name")));
        return PlacementResponse.noContent();
    }

    private ResourceClassView find(String name) {
        ResourceClassView rc = gateways.ask(new FindResourceClassQuery(name), ResourceClassView.class);
        if (rc == null) {
            throw new ObjectNotFoundException("No such resource class " + name + ".");
        }
        return rc;
    }

    private static Instant modified(ResourceClassView rc) {
        return rc.updatedAt() != null ? rc.updatedAt() : rc.createdAt();
    }

    private static Map<String, Object> representation(String linkPrefix, String name) {
        return Map.of("name", name, "links", List.of(Map.of("rel", "self",
                "href", linkPrefix + "/resource_classes/" + name)));
    }

    private static String url(PlacementRequest request, String name) {
        return request.baseUrl() + "/resource_classes/" + name;
    }
}
