package org.placementledger.server.handlers.filters;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.error.PlacementException;
import org.placementledger.server.schema.PythonInt;

/** Placement's {@code resources} query parameter: {@code RC:amount[,RC:amount…]}, amounts ≥ 1, last repeat wins. */
public final class ResourcesParam {

    private static final String FORM = "Badly formed resources parameter. Expected resources query string "
            + "parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: ";
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ResourcesParam() {
    }

    public static Map<String, Long> parse(String value) {
        if (value.strip().isEmpty()) {
            throw PlacementException.badRequest(FORM + "empty string.");
        }
        Map<String, Long> amounts = new LinkedHashMap<>();
        for (String pair : value.split(",", -1)) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw PlacementException.badRequest(FORM + pair + ".");
            }
            String resourceClass = parts[0];
            BigInteger amount = PythonInt.parse(parts[1]);
            if (amount == null) {
                throw PlacementException.badRequest("Requested resource " + resourceClass
                        + " expected positive integer amount. Got: " + parts[1] + ".");
            }
            if (amount.signum() < 1) {
                throw PlacementException.badRequest("Requested resource " + resourceClass
                        + " requires amount >= 1. Got: " + amount + ".");
            }
            // an amount past any inventory's bounds simply matches nothing
            amounts.put(resourceClass, amount.min(LONG_MAX).longValue());
        }
        return amounts;
    }

}
