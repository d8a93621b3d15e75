package org.placementledger.server.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An oslo.policy policy file ({@code policy.yaml}, or JSON, which YAML reads too): a mapping of
 * rule name to check string. An empty file overrides nothing.
 */
public final class PolicyFile {

    private PolicyFile() {
    }

    /** @throws PolicySyntaxException when the file is missing, not YAML, or not a mapping of strings */
    public static Map<String, String> load(Resource resource) {
        String where = "policy file " + resource.getDescription();
        if (!resource.exists()) {
            throw new PolicySyntaxException(where + " does not exist");
        }
        Object document;
        try (InputStream in = resource.getInputStream()) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | YAMLException e) {
            throw new PolicySyntaxException(where + " cannot be read: " + e.getMessage(), e);
        }
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new PolicySyntaxException(where + " is not a mapping of rule names to check strings");
        }
        Map<String, String> rules = new LinkedHashMap<>();
        map.forEach((name, check) -> {
            if (!(name instanceof String) || !(check instanceof String)) {
                throw new PolicySyntaxException(where + ": rule " + name + " must map a name to a check string, not "
                        + check);
            }
            rules.put((String) name, (String) check);
        });
        return rules;
    }
}
