package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Resource classes over HTTP (spec §2.7, §1.6). */
class ResourceClassHttpTest extends HttpApiTest {

    @Autowired
    JdbcTemplate jdbc;

    static String newClass() {
        return "CUSTOM_" + UUID.randomUUID().toString().replace('-', '_').toUpperCase();
    }

    private Reply create(String name) {
        return post("/resource_classes", Map.of("name", name)).version("1.15").send();
    }

    @Test
    void postCreatesAClassThatIsShownAndListed() {
        String name = newClass();
        Reply created = create(name);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).endsWith("/resource_classes/" + name);
        assertThat(created.header("last-modified")).isNull();
        assertThat(created.header("content-type")).isNull();

        Reply shown = get("/resource_classes/" + name).version("1.15").send();
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("name").asText()).isEqualTo(name);
        assertThat(shown.json().at("/links/0/href").asText()).isEqualTo("/resource_classes/" + name);
        assertThat(shown.header("last-modified")).isNotNull();

        Reply list = get("/resource_classes").version("1.2").send();
        assertThat(list.json().at("/resource_classes/0/name").asText()).isEqualTo("VCPU");
        assertThat(list.raw()).contains("\"" + name + "\"");
        assertThat(list.header("last-modified")).isNull();
    }

    @Test
    void postRefusesDuplicatesAndNamesOutsideTheCustomNamespace() {
        String name = newClass();
        create(name);
        Reply again = create(name);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw()).contains("Conflicting resource class already exists: " + name);
        Reply standard = create("VCPU");
        assertThat(standard.status()).isEqualTo(400);
        assertThat(standard.raw()).contains("JSON does not validate").contains("Failed validating 'pattern'");
    }

    @Test
    void renamesUpTo16() {
        String name = newClass();
        String renamed = newClass();
        create(name);
        Reply r = put("/resource_classes/" + name, Map.of("name", renamed)).version("1.6").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo(renamed);
        assertThat(get("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(404);
        assertThat(get("/resource_classes/" + renamed).version("1.2").send().status()).isEqualTo(200);
    }

    @Test
    void renameRefusals() {
        String a = newClass();
        String b = newClass();
        create(a);
        create(b);
        Reply taken = put("/resource_classes/" + a, Map.of("name", b)).version("1.6").send();
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.raw()).contains("Resource class already exists: " + b);
        Reply standard = put("/resource_classes/VCPU", Map.of("name", newClass())).version("1.6").send();
        assertThat(standard.status()).isEqualTo(400);
        assertThat(standard.raw()).contains("Cannot update standard resource class VCPU");
        Reply unknown = put("/resource_classes/" + newClass(), Map.of("name", newClass())).version("1.6").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw()).contains("No such resource class CUSTOM_");
        Reply bodiless = new Call("/resource_classes/" + a).method("PUT").header("content-type", "application/json")
                .version("1.6").send();
        assertThat(bodiless.status()).isEqualTo(400);
        assertThat(bodiless.raw()).contains("Malformed JSON");
    }

    @Test
    void putFrom17EnsuresTheClass() {
        String name = newClass();
        Reply first = new Call("/resource_classes/" + name).method("PUT").version("1.15").send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("location")).endsWith("/resource_classes/" + name);
        assertThat(first.header("last-modified")).isNull();
        Reply second = new Call("/resource_classes/" + name).method("PUT").version("1.7").send();
        assertThat(second.status()).isEqualTo(204);
        assertThat(second.header("location")).endsWith("/resource_classes/" + name);
        Reply standard = new Call("/resource_classes/VCPU").method("PUT").version("1.7").send();
        assertThat(standard.status()).isEqualTo(400);
        assertThat(standard.raw()).contains("Failed validating 'pattern'");
    }

    @Test
    void deletesUnusedCustomClassesOnly() {
        String name = newClass();
        create(name);
        assertThat(delete("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(204);
        assertThat(delete("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(404);
        assertThat(get("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(404);
        Reply standard = delete("/resource_classes/VCPU").version("1.2").send();
        assertThat(standard.status()).isEqualTo(400);
        assertThat(standard.raw()).contains("Cannot delete standard resource class VCPU");
        // the name can be used again
        assertThat(create(name).status()).isEqualTo(201);
    }

    @Test
    void aClassUsedByAnInventoryIsNotDeleted() {
        String name = newClass();
        create(name);
        // stands for an inventory record of the read model (inventories are another part of the API)
        jdbc.update("INSERT INTO rp_inventory (rp_uuid, resource_class, total, reserved, min_unit, max_unit,"
                + " step_size, allocation_ratio, created_at, updated_at)"
                + " VALUES (?, ?, 1, 0, 1, 1, 1, 1.0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", newUuid(), name);
        Reply r = delete("/resource_classes/" + name).version("1.2").send();
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.raw()).contains("Class is in use in inventory");
        assertThat(get("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(200);
        // nor renamed: the inventory (and allocations against it) would name a class that no longer exists
        Reply rename = new Call("/resource_classes/" + name).method("PUT").json(Map.of("name", name + "_NEW"))
                .version("1.2").send();
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.raw()).contains("Cannot rename resource class " + name + ". Class is in use in inventory.");
        assertThat(get("/resource_classes/" + name + "_NEW").version("1.2").send().status()).isEqualTo(404);
        assertThat(get("/resource_classes/" + name).version("1.2").send().status()).isEqualTo(200);
    }
}
