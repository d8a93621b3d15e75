package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * What the server logs of a request: one line with request id, method, path, status, microversion
 * and duration, never the token or the body; an unexpected failure's stack trace stays in the log.
 */
class RequestLogHttpTest extends LedgerHttpTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(PlacementServlet.class);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level level;

    @BeforeEach
    void capture() {
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
        logger.setLevel(level);
        PoisonedProjection.POISONED.clear();
    }

    /** Everything the log holds: messages with their arguments, and any stack trace. */
    private String logText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events()) {
            text.append(event.getFormattedMessage()).append('\n');
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                text.append(ThrowableProxyUtil.asString(thrown)).append('\n');
            }
        }
        return text.toString();
    }

    /** The events so far (the appender appends under its own lock). */
    private List<ILoggingEvent> events() {
        synchronized (captured) {
            return List.copyOf(captured.list);
        }
    }

    /** The request line is logged once the answer is out: wait for the one of {@code requestId}. */
    private void awaitLine(String requestId) throws InterruptedException {
        for (int i = 0; i < 100 && events().stream().noneMatch(e -> e.getFormattedMessage().startsWith(requestId + " "));
             i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void theRequestLineCarriesTheRequestButNoTokenOrBody() throws InterruptedException {
        String uuid = newUuid();
        String token = "admin:tok-" + newUuid();
        String secret = "pw-" + newUuid();
        Reply r = post("/resource_providers", Map.of("name", secret, "uuid", uuid)).version("1.20")
                .header("x-auth-token", token).header("x-roles", "admin").send();
        assertThat(r.status()).isEqualTo(200);
        Reply refused = put("/resource_providers/" + uuid, Map.of("name", secret, "password", secret))
                .version("1.20").header("x-auth-token", token).header("x-roles", "admin").send();
        assertThat(refused.status()).isEqualTo(400);
        awaitLine(r.header("x-openstack-request-id"));
        awaitLine(refused.header("x-openstack-request-id"));

        String log = logText();
        assertThat(log).contains(r.header("x-openstack-request-id") + " POST /resource_providers status 200 "
                + "microversion 1.20 ");
        assertThat(log).containsPattern(refused.header("x-openstack-request-id") + " PUT /resource_providers/"
                + uuid + " status 400 microversion 1\\.20 [0-9]+ ms");
        assertThat(log).doesNotContain(token.substring(6)).doesNotContain(secret);
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsStackTraceAndAnsweredWithoutIt() throws InterruptedException {
        String provider = providerWith("VCPU", 4);
        PoisonedProjection.POISONED.add(provider);
        Reply r = put("/allocations/" + newUuid(), body(on(provider, "VCPU", 1), null)).version("1.28").send();

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().at("/errors/0/request_id").asText()).isEqualTo(r.header("x-openstack-request-id"));
        assertThat(r.raw()).doesNotContain("injected").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("org.").doesNotContain("java.");
        awaitLine(r.header("x-openstack-request-id"));
        ILoggingEvent failure = events().stream().filter(e -> e.getLevel() == Level.ERROR).findFirst()
                .orElseThrow();
        assertThat(failure.getFormattedMessage()).contains(r.header("x-openstack-request-id"));
        assertThat(ThrowableProxyUtil.asString(failure.getThrowableProxy()))
                .contains("injected read-model failure").contains("\tat ");
    }
}
