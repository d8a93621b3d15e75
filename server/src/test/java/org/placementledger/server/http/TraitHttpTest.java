package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Traits over HTTP (spec §2.8, §1.6). */
class TraitHttpTest extends HttpApiTest {

    static final String INVALID = "The trait is invalid. A valid trait must be no longer than 255 characters";

    @Autowired
    JdbcTemplate jdbc;

    static String newTrait() {
        return "CUSTOM_" + UUID.randomUUID().toString().replace('-', '_').toUpperCase();
    }

    private Reply ensure(String name, String version) {
        return new Call("/traits/" + name).method("PUT").version(version).send();
    }

    private List<String> list(String query) {
        Reply r = get("/traits" + query).version("1.6").send();
        assertThat(r.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("traits").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void putCreatesThenConfirmsWithLocationAndCacheHeadersFrom115() {
        String name = newTrait();
        Reply created = ensure(name, "1.15");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).endsWith("/traits/" + name);
        assertThat(created.header("last-modified")).isNotNull();
        assertThat(created.header("cache-control")).isEqualTo("no-cache");
        Reply again = ensure(name, "1.14");
        assertThat(again.status()).isEqualTo(204);
        assertThat(again.header("last-modified")).isNull();

        Reply shown = get("/traits/" + name).version("1.15").send();
        assertThat(shown.status()).isEqualTo(204);
        assertThat(shown.header("last-modified")).isNotNull();
        assertThat(shown.header("content-type")).isNull();
    }

    @Test
    void putRefusesNamesOutsideTheCustomNamespace() {
        for (String bad : List.of("TRAIT_X", "CUSTOM_ABC:1", "HW_CPU_X86_SSE", "CUSTOM_" + "A".repeat(249))) {
            Reply r = ensure(bad, "1.6");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.raw()).contains(INVALID);
        }
    }

    @Test
    void showsStandardTraitsAndNotUnknownOnes() {
        assertThat(get("/traits/HW_CPU_X86_SSE").version("1.6").send().status()).isEqualTo(204);
        Reply unknown = get("/traits/" + newTrait()).version("1.6").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw()).contains("No such trait(s)");
    }

    @Test
    void listFilters() {
        String prefix = newTrait();
        ensure(prefix + "_A", "1.6");
        ensure(prefix + "_B", "1.6");
        assertThat(list("")).contains("MISC_SHARES_VIA_AGGREGATE", prefix + "_A", prefix + "_B");
        assertThat(list("?name=in:" + prefix + "_A,HW_CPU_X86_SSE,CUSTOM_NOPE"))
                .containsExactly(prefix + "_A", "HW_CPU_X86_SSE"); // name order, as Placement's index gives
        assertThat(list("?name=startswith:" + prefix)).containsExactly(prefix + "_A", prefix + "_B");
        assertThat(list("?name=foo:bar")).contains("HW_CPU_X86_SSE", prefix + "_A");
        assertThat(list("?name=startswith:" + prefix + "&associated=FALSE")).hasSize(2);
    }

    @Test
    void listRefusesBadQueries() {
        Reply badName = get("/traits?name=in_abc").version("1.6").send();
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.raw()).contains("Badly formatted name parameter. Expected name query string parameter in "
                + "form: ?name=[in|startswith]:[name1,name2|prefix]. Got: \\\"in_abc\\\"");
        Reply badAssociated = get("/traits?associated=xyz").version("1.6").send();
        assertThat(badAssociated.status()).isEqualTo(400);
        assertThat(badAssociated.raw()).contains("only accepts \\\"true\\\" or \\\"false\\\"");
        Reply unknown = get("/traits?invalid=abc").version("1.6").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Invalid query string parameters: Additional properties are not allowed");
    }

    @Test
    void deletesUnusedCustomTraitsAndTheNameCanComeBack() {
        String name = newTrait();
        ensure(name, "1.6");
        Reply deleted = delete("/traits/" + name).version("1.15").send();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("last-modified")).isNull();
        assertThat(get("/traits/" + name).version("1.6").send().status()).isEqualTo(404);
        assertThat(delete("/traits/" + name).version("1.6").send().status()).isEqualTo(404);
        assertThat(ensure(name, "1.6").status()).isEqualTo(201);
        Reply standard = delete("/traits/HW_CPU_X86_SSE").version("1.6").send();
        assertThat(standard.status()).isEqualTo(400);
        assertThat(standard.raw()).contains("Cannot delete standard trait HW_CPU_X86_SSE.");
    }

    @Test
    void aTraitOnAProviderIsAssociatedAndNotDeleted() {
        String name = newTrait();
        ensure(name, "1.6");
        // stands for a provider trait of the read model (provider traits are another part of the API)
        jdbc.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                newUuid(), name);
        assertThat(list("?associated=true")).contains(name);
        assertThat(list("?associated=false")).doesNotContain(name);
        Reply r = delete("/traits/" + name).version("1.6").send();
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.raw()).contains("The trait " + name + " is in use by a resource provider.");
    }
}
