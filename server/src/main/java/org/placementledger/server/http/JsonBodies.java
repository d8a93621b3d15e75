package org.placementledger.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

    /** Python's words for why the body is no JSON (the body is read as UTF-8 first, as oslo's loads does). */
    private static String pythonsReason(byte[] body) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int b = body[at] & 0xff;
            String why = at + result.length() >= body.length && b >= 0xc2 && b <= 0xf4 ? "unexpected end of data"
                    : b < 0xc2 || b > 0xf4 ? "invalid start byte" : "invalid continuation byte";
            if (why.equals("unexpected end of data") && body.length - at > 1) {
                return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", at, body.length - 1, why);
            }
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b, at, why);
        }
        return PythonJsonErrors.describe(out.flip().toString());
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
            String python = pythonsReason(body);
            // Jackson names its own limit setting (", from `StreamReadConstraints...`"): no Java in answers
            throw PlacementException.badRequest("Malformed JSON: " + (python != null ? python
                    : e.getOriginalMessage().replaceAll(", from `[^`]*`", "")));
        } catch (IOException e) {
            throw PlacementException.badRequest("Malformed JSON: " + e.getMessage());
        }
    }
}
