package org.placementledger.server.http;

import java.io.IOException;

import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses request bodies as Placement does (oslo jsonutils.loads), with its "Malformed JSON" wording. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Python's json module reads NaN and Infinity; the schemas then refuse them where they matter.
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private JsonBodies() {
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw PlacementException.badRequest("Malformed JSON: Expecting value: line 1 column 1 (char 0)");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw PlacementException.badRequest("Malformed JSON: Expecting value: line 1 column 1 (char 0)");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Jackson names its own limit setting (", from `StreamReadConstraints...`"): no Java in answers
            throw PlacementException.badRequest("Malformed JSON: "
                    + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
        } catch (IOException e) {
            throw PlacementException.badRequest("Malformed JSON: " + e.getMessage());
        }
    }
}
