package org.placementledger.api.provider;

import java.util.List;

/** An answer of FindProviderUtilizationQuery: every provider, by name. */
public record ProviderUtilizations(List<ProviderUtilization> providers) {
}
