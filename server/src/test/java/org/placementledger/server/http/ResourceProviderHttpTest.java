package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** POST/GET/PUT/DELETE of one provider over HTTP: wording, tree rules and headers (spec §2.2, §4.6). */
class ResourceProviderHttpTest extends HttpApiTest {

    private String createChild(String parent) {
        String uuid = newUuid();
        Reply r = post("/resource_providers", Map.of("name", "rp-" + uuid, "uuid", uuid,
                "parent_provider_uuid", parent)).version("1.14").send();
        assertThat(r.status()).isEqualTo(201);
        return uuid;
    }

    private static Map<String, Object> parentBody(String name, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent_provider_uuid", parent);
        return body;
    }

    @Test
    void aDashlessUppercaseUuidIsStoredCanonical() {
        String uuid = newUuid();
        Reply r = post("/resource_providers", Map.of("name", "rp-" + uuid, "uuid",
                uuid.replace("-", "").toUpperCase())).version("1.20").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("uuid").asText()).isEqualTo(uuid);
        assertThat(r.header("location")).endsWith("/resource_providers/" + uuid);
    }

    @Test
    void duplicatesAre409WithTheField() {
        String uuid = createProvider();
        Reply sameName = post("/resource_providers", Map.of("name", "rp-" + uuid)).version("1.23").send();
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.raw()).contains("Conflicting resource provider name: rp-" + uuid + " already exists.");
        assertThat(sameName.json().at("/errors/0/code").asText()).isEqualTo("placement.duplicate_name");
        Reply sameUuid = post("/resource_providers", Map.of("name", "other-" + uuid, "uuid", uuid)).send();
        assertThat(sameUuid.status()).isEqualTo(409);
        assertThat(sameUuid.raw()).contains("Conflicting resource provider uuid: " + uuid + " already exists.");
    }

    @Test
    void anEmptyNameIsRefusedOnCreateButTakenOnUpdate() {
        String uuid = newUuid();
        Reply r = post("/resource_providers", Map.of("name", "", "uuid", uuid)).send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).contains("Unable to create resource provider \\\"\\\", " + uuid
                + ": Object action create failed because: name is required");
        String other = createProvider();
        assertThat(put("/resource_providers/" + other, Map.of("name", "")).send().status()).isEqualTo(200);
        assertThat(put("/resource_providers/" + other, Map.of("name", "rp-" + other)).send().status()).isEqualTo(200);
    }

    @Test
    void renamingToATakenNameIs409() {
        String a = createProvider();
        String b = createProvider();
        Reply r = put("/resource_providers/" + b, Map.of("name", "rp-" + a)).version("1.23").send();
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.raw()).contains("Conflicting resource provider rp-" + a + " already exists.");
        assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("placement.duplicate_name");
        assertThat(get("/resource_providers/" + b).send().json().get("name").asText()).isEqualTo("rp-" + b);
    }

    @Test
    void putSendsTheTimeLoadedBeforeTheUpdateAndNoneForAnUntouchedChild() {
        String root = createProvider();
        Reply rootPut = put("/resource_providers/" + root, Map.of("name", "renamed-" + root)).version("1.15").send();
        assertThat(rootPut.header("last-modified")).isNotNull();
        String child = createChild(root);
        Reply first = put("/resource_providers/" + child, Map.of("name", "renamed-" + child)).version("1.15").send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("last-modified")).isNull();
        assertThat(first.header("cache-control")).isEqualTo("no-cache");
        Reply second = put("/resource_providers/" + child, Map.of("name", "again-" + child)).version("1.15").send();
        assertThat(second.header("last-modified")).isNotNull();
        Reply old = put("/resource_providers/" + child, Map.of("name", "old-" + child)).version("1.14").send();
        assertThat(old.header("cache-control")).isNull();
    }

    @Test
    void parentRulesBeforeAndFrom137() {
        String root = createProvider();
        String other = createProvider();
        String child = createChild(root);
        Reply unparent = put("/resource_providers/" + child, parentBody("c-" + child, null)).version("1.36").send();
        assertThat(unparent.status()).isEqualTo(400);
        assertThat(unparent.raw()).contains("Unable to save resource provider " + child
                + ": Object action update failed because: un-parenting a provider is not currently allowed.");
        Reply reparent = put("/resource_providers/" + child, parentBody("c-" + child, other)).version("1.36").send();
        assertThat(reparent.raw()).contains("re-parenting a provider is not currently allowed.");
        Reply loop = put("/resource_providers/" + root, parentBody("r-" + root, child)).version("1.37").send();
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.raw()).contains("creating loop in the provider tree is not allowed.");
        Reply unknown = put("/resource_providers/" + child, parentBody("c-" + child, newUuid())).version("1.37").send();
        assertThat(unknown.raw()).contains("parent provider UUID does not exist.");
        Reply moved = put("/resource_providers/" + child, parentBody("c-" + child, other)).version("1.37").send();
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("root_provider_uuid").asText()).isEqualTo(other);
        Reply root2 = put("/resource_providers/" + child, parentBody("c-" + child, null)).version("1.37").send();
        assertThat(root2.json().get("root_provider_uuid").asText()).isEqualTo(child);
    }

    @Test
    void creatingUnderAnUnknownOrSelfParentIs400() {
        String uuid = newUuid();
        Reply self = post("/resource_providers", Map.of("name", "n-" + uuid, "uuid", uuid,
                "parent_provider_uuid", uuid)).version("1.14").send();
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.raw()).contains("Unable to create resource provider \\\"n-" + uuid + "\\\", " + uuid
                + ": Object action create failed because: parent provider UUID cannot be same as UUID.");
        Reply unknown = post("/resource_providers", Map.of("name", "n-" + uuid, "uuid", uuid,
                "parent_provider_uuid", newUuid())).version("1.14").send();
        assertThat(unknown.raw()).contains("parent provider UUID does not exist.");
        assertThat(get("/resource_providers/" + uuid).send().status()).isEqualTo(404);
    }

    @Test
    void deleteRules() {
        String missing = newUuid();
        Reply notFound = delete("/resource_providers/" + missing).send();
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.raw()).contains("No resource provider with uuid " + missing + " found for delete");
        String root = createProvider();
        String child = createChild(root);
        Reply parent = delete("/resource_providers/" + root).version("1.23").send();
        assertThat(parent.status()).isEqualTo(409);
        assertThat(parent.json().at("/errors/0/code").asText())
                .isEqualTo("placement.resource_provider.cannot_delete_parent");
        assertThat(delete("/resource_providers/" + child).send().status()).isEqualTo(204);
        assertThat(delete("/resource_providers/" + root).send().status()).isEqualTo(204);
        // the name and uuid are free again
        Reply again = post("/resource_providers", Map.of("name", "rp-" + root, "uuid", root)).send();
        assertThat(again.status()).isEqualTo(201);
    }
}
