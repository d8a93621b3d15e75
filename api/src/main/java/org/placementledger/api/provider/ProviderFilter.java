package org.placementledger.api.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The filters of GET /resource_providers; null or empty means no filter. Each member_of and required set is an any-of clause; clauses are AND'd. */
public record ProviderFilter(String name,
        String uuid,
        List<Set<String>> memberOf,
        Set<String> forbiddenAggregates,
        String inTree,
        List<Set<String>> requiredTraits,
        Set<String> forbiddenTraits,
        Map<String, Long> resources) {
}
