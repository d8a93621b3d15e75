package org.placementledger.server.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.server.auth.RequestContext;
import org.placementledger.server.config.PolicyProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;

/** Policy files (YAML or JSON) and the engine built from the configuration at startup. */
class PolicyFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static PolicyEngine build(PolicyProperties properties) {
        return new PolicyConfig().policyEngine(properties, new DefaultResourceLoader());
    }

    @Test
    void readsYamlAndJson() throws IOException {
        Path yaml = write("policy.yaml", "# overrides\n\"placement:traits:list\": \"@\"\nadmin_api: role:boss\n");
        assertThat(PolicyFile.load(new FileSystemResource(yaml)))
                .containsExactly(Map.entry("placement:traits:list", "@"), Map.entry("admin_api", "role:boss"));
        Path json = write("policy.json", "{\"placement:usages\": \"role:reader\"}");
        assertThat(PolicyFile.load(new FileSystemResource(json))).containsEntry("placement:usages", "role:reader");
        assertThat(PolicyFile.load(new FileSystemResource(write("empty.yaml", "")))).isEmpty();
    }

    @Test
    void refusesWhatIsNotAMappingOfCheckStrings() throws IOException {
        assertThatThrownBy(() -> PolicyFile.load(new FileSystemResource(write("list.yaml", "- role:admin\n"))))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("is not a mapping");
        assertThatThrownBy(() -> PolicyFile.load(new FileSystemResource(write("nested.yaml", "a:\n  b: c\n"))))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("rule a must map a name");
        assertThatThrownBy(() -> PolicyFile.load(new FileSystemResource(write("bad.yaml", "a: [\n"))))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void aConfiguredFileOverridesTheDefaults() throws IOException {
        Path file = write("policy.yaml", "\"placement:traits:list\": \"role:auditor\"\n");
        PolicyEngine engine = build(new PolicyProperties(true, true, file.toString()));
        RequestContext auditor = new RequestContext("u", "p", Set.of("auditor"), false);
        assertThat(engine.allows("placement:traits:list", auditor, Map.of())).isTrue();
        assertThat(engine.allows("placement:traits:show", auditor, Map.of())).isFalse();
    }

    @Test
    void aMissingOrMalformedFileStopsTheStart() throws IOException {
        String missing = dir.resolve("nowhere.yaml").toString();
        assertThatThrownBy(() -> build(new PolicyProperties(true, true, missing)))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("does not exist");
        Path bad = write("bad.yaml", "\"placement:traits:list\": \"role:admin and (role:x\"\n");
        assertThatThrownBy(() -> build(new PolicyProperties(true, true, bad.toString())))
                .isInstanceOf(PolicySyntaxException.class).hasMessageStartingWith("policy file " + bad)
                .hasMessageContaining("policy rule \"placement:traits:list\": cannot parse check string");
    }

    @Test
    void theOpenPolicyProfileOpensEveryRuleButAdminApi() {
        Map<String, String> open = PolicyFile.load(new ClassPathResource("policy/open-policy.yaml"));
        Set<String> expected = PlacementPolicies.defaults().stream().map(RuleDefault::name)
                .filter(name -> !name.equals(PlacementPolicies.ADMIN_API)).collect(Collectors.toSet());
        assertThat(open.keySet()).isEqualTo(expected);
        assertThat(open.values()).containsOnly("@");
        PolicyEngine engine = build(new PolicyProperties(false, true, "classpath:policy/open-policy.yaml"));
        assertThat(engine.checkOf("admin_api")).hasToString("role:admin");
    }
}
