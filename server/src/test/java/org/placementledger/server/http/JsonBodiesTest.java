package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.PlacementException;

class JsonBodiesTest {

    @Test
    void tooDeepADocumentIsMalformedWithoutNamingJackson() {
        byte[] deep = ("[".repeat(1500) + "]".repeat(1500)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonBodies.parse(deep)).isInstanceOf(PlacementException.class)
                .hasMessage("Malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }
}
