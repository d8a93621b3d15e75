package org.placementledger.server.handlers.candidates;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.SampleAllocationCandidatesQuery;
import org.placementledger.server.config.AuthProperties;
import org.placementledger.server.http.Microversion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up warm-up of GET /allocation_candidates: once the server is ready, a background thread runs
 * the perfload query {@code placement.warmup.rounds} times on synthetic indexes (1,000 flat providers
 * and 500 nested trees, alternately; never the ledger's index or database) and writes each answer
 * as JSON to a discarding stream. The JIT then has compiled the search and the JSON writing before
 * the first real scheduler request: on 2 cores the C2 compiler's work would otherwise land in those
 * requests (docs/performance.md). Then it sends {@code placement.warmup.http-requests} real
 * requests that match nothing to the server's own port ({@link LoopbackWarmup}), for the HTTP path
 * around the search; those show in the request log and metrics like any GET (noauth2 only: under
 * Keystone they would only be refused). It spends a few seconds of CPU after every start;
 * {@code placement.warmup.enabled=false} turns it off. The synthetic searches are not sent through
 * {@code Gateways}, so they leave no trace in the request and query metrics.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "placement.warmup.enabled", havingValue = "true", matchIfMissing = true)
public class CandidatesWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(CandidatesWarmup.class);

    private final QueryGateway queries;
    private final int rounds;
    private final int httpRequests;
    private final boolean noauth;
    private volatile boolean closing;
    private volatile LoopbackWarmup loopback;

    public CandidatesWarmup(QueryGateway queries, @Value("${placement.warmup.rounds:160}") int rounds,
                            @Value("${placement.warmup.http-requests:1000}") int httpRequests, AuthProperties auth) {
        this.queries = queries;
        this.rounds = rounds;
        this.httpRequests = httpRequests;
        this.noauth = "noauth2".equals(auth.strategy());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void start(ApplicationReadyEvent ready) {
        if (noauth && httpRequests > 0 && ready.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer().getPort() > 0) {
            String address = web.getEnvironment().getProperty("server.address");
            try {
                InetAddress bound = address == null || address.isBlank() ? null : InetAddress.getByName(address);
                InetAddress host = bound == null || bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
                loopback = new LoopbackWarmup(host, web.getWebServer().getPort());
            } catch (IOException e) {
                LOG.debug("candidates warm-up: no loopback requests to {}", address, e);
            }
        }
        Thread thread = new Thread(this::run, "candidates-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        closing = true;
    }

    void run() {
        long started = System.nanoTime();
        int done = 0;
        try {
            while (done < rounds && !closing) {
                boolean last = done == rounds - 1;
                AllocationCandidates answer = queries.query(new SampleAllocationCandidatesQuery(done % 2 == 1, last),
                        ResponseTypes.instanceOf(AllocationCandidates.class)).join();
                new CandidateRepresentation(answer, List.of(), Microversion.MAX).writeTo(OutputStream.nullOutputStream());
                done++;
            }
            LOG.debug("candidates warm-up: {} searches in {} ms", done, (System.nanoTime() - started) / 1_000_000);
            if (loopback != null && !closing) {
                long sent = System.nanoTime();
                int ok = loopback.run(httpRequests, () -> closing);
                LOG.debug("candidates warm-up: {} loopback requests answered 200 in {} ms", ok,
                        (System.nanoTime() - sent) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that fails (e.g. the context closing under it) only leaves the JIT colder
            LOG.debug("candidates warm-up stopped after {} searches", done, e);
        }
    }
}
