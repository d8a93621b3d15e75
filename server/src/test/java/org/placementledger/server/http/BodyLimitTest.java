package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.springframework.mock.web.MockHttpServletRequest;

/** The limit as configured, counted on the bytes read whatever Content-Length says. */
class BodyLimitTest {

    private static MockHttpServletRequest withBody(int size, long declared) {
        MockHttpServletRequest request = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return declared;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }

    @Test
    void aBodyUpToTheLimitIsRead() throws IOException {
        assertThat(new BodyLimit(10).read(withBody(10, 10))).hasSize(10);
        assertThat(new BodyLimit(0).read(withBody(0, -1))).isEmpty();
    }

    @Test
    void aLargerBodyIsA413WhetherDeclaredOrNot() {
        for (long declared : new long[] {11, -1, 5}) {
            assertThatThrownBy(() -> new BodyLimit(10).read(withBody(11, declared)))
                    .isInstanceOfSatisfying(PlacementException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_LARGE));
        }
    }
}
