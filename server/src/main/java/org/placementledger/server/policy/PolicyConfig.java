package org.placementledger.server.policy;

import java.util.Map;

import org.placementledger.server.config.PolicyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Builds the policy engine from the configuration; a bad policy stops the app at startup. */
@Configuration
public class PolicyConfig {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyConfig.class);

    @Bean
    PolicyEngine policyEngine(PolicyProperties properties, ResourceLoader loader) {
        Map<String, String> overrides = Map.of();
        String location = properties.file();
        if (location != null && !location.isBlank()) {
            Resource resource = location.startsWith("classpath:") ? loader.getResource(location)
                    : new FileSystemResource(location);
            overrides = PolicyFile.load(resource);
            overrides.keySet().stream().filter(name -> name.startsWith("placement:"))
                    .filter(name -> PlacementPolicies.defaults().stream().noneMatch(r -> r.name().equals(name)))
                    .forEach(name -> LOG.warn("policy file {} overrides {}, which is not a Placement rule",
                            location, name));
        }
        PolicyEngine engine;
        try {
            engine = new PolicyEngine(PlacementPolicies.defaults(), overrides, properties.enforceNewDefaults(),
                    properties.enforceScope());
        } catch (PolicySyntaxException e) {
            throw overrides.isEmpty() ? e : new PolicySyntaxException("policy file " + location + ": "
                    + e.getMessage(), e);
        }
        LOG.info("policy: enforce_new_defaults={} enforce_scope={} overrides={}", properties.enforceNewDefaults(),
                properties.enforceScope(), overrides.keySet());
        return engine;
    }
}
