package org.placementledger.server.handlers.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.PlacementRequest;

/** The query parameters of the /audit routes, read strictly: anything unreadable is a 400 that says why. */
public final class AuditParams {

    static final long DEFAULT_LIMIT = 100;
    static final long MAX_LIMIT = 1000;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    // A '+' of an offset arrives as a space when the client did not encode it as %2B.
    private static final Pattern SPACED_OFFSET = Pattern.compile("(.*[0-9]) ([0-9]{2}:[0-9]{2})");

    private AuditParams() {
    }

    /** Refuses any parameter the route does not take. */
    public static void only(PlacementRequest request, String... known) {
        for (String key : request.query().keySet()) {
            if (!List.of(known).contains(key)) {
                throw PlacementException.badRequest("Unknown query parameter '" + key + "'. This route takes: "
                        + String.join(", ", known) + ".");
            }
        }
    }

    /** The position to list from (exclusive); -1 when not given: from the first event. */
    static long after(PlacementRequest request) {
        String value = request.lastQueryValue("after");
        if (value == null) {
            return -1;
        }
        if (!DIGITS.matcher(value).matches()) {
            throw PlacementException.badRequest("Invalid after: '" + value
                    + "'. It must be an event position: a whole number, 0 or more.");
        }
        return Long.parseLong(value);
    }

    /** The page size: {@code fallback} when not given; from 1 to {@code max} (null: no maximum). */
    static Long limit(PlacementRequest request, Long fallback, Long max) {
        String value = request.lastQueryValue("limit");
        if (value == null) {
            return fallback;
        }
        long limit = DIGITS.matcher(value).matches() ? Long.parseLong(value) : 0;
        if (limit < 1 || (max != null && limit > max)) {
            throw PlacementException.badRequest("Invalid limit: '" + value + "'. It must be a whole number from 1"
                    + (max == null ? "." : " to " + max + "."));
        }
        return limit;
    }

    /** The required RFC 3339 moment {@code at}, with its offset ({@code Z} or {@code ±hh:mm}). */
    static Instant at(PlacementRequest request) {
        String value = required(request, "at");
        String text = SPACED_OFFSET.matcher(value.strip()).replaceFirst("$1+$2").toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw PlacementException.badRequest("Invalid at: '" + value + "'. It must be an RFC 3339 date-time"
                    + " with an offset, such as 2026-01-31T12:00:00Z or 2026-01-31T13:00:00.250+01:00.");
        }
    }

    static String required(PlacementRequest request, String key) {
        String value = request.lastQueryValue(key);
        if (value == null || value.isBlank()) {
            throw PlacementException.badRequest("The query parameter '" + key + "' is required.");
        }
        return value;
    }
}
