package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.provider.ResourceProviderView;
import org.placementledger.server.http.Microversion;

/** A provider's JSON as Placement shows it at a microversion (links and tree fields by version). */
final class ProviderRepresentation {

    private ProviderRepresentation() {
    }

    /** {@code prefix}: the path Placement is mounted under, which its relative links start with. */
    static Map<String, Object> of(ResourceProviderView rp, Microversion version, String prefix) {
        String self = prefix + "/resource_providers/" + rp.uuid();
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("self", self));
        links.add(link("inventories", self + "/inventories"));
        links.add(link("usages", self + "/usages"));
        if (version.atLeast(1, 1)) {
            links.add(link("aggregates", self + "/aggregates"));
        }
        if (version.atLeast(1, 6)) {
            links.add(link("traits", self + "/traits"));
        }
        if (version.atLeast(1, 11)) {
            links.add(link("allocations", self + "/allocations"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uuid", rp.uuid());
        body.put("name", rp.name());
        body.put("generation", rp.generation());
        body.put("links", links);
        if (version.atLeast(1, 14)) {
            body.put("parent_provider_uuid", rp.parentUuid());
            body.put("root_provider_uuid", rp.rootUuid());
        }
        return body;
    }

    private static Map<String, String> link(String rel, String href) {
        return Map.of("rel", rel, "href", href);
    }
}
