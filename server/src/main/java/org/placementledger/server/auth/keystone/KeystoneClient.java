package org.placementledger.server.auth.keystone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keystone v3 over HTTP: the service's own token ({@code POST /v3/auth/tokens} with the service
 * credentials, renewed a minute before it expires) and the validation of a caller's token
 * ({@code GET /v3/auth/tokens}, {@code X-Subject-Token}). Keystone unreachable, or refusing the service
 * itself, is a 503: Placement cannot tell who the caller is. Tokens and the password are never logged.
 */
public final class KeystoneClient {

    private static final Logger LOG = LoggerFactory.getLogger(KeystoneClient.class);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final AuthProperties.Keystone settings;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http;
    private String serviceToken;
    private Instant serviceTokenExpires = Instant.MIN;

    public KeystoneClient(AuthProperties.Keystone settings, ObjectMapper mapper, Clock clock) {
        this.settings = settings;
        this.mapper = mapper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** The caller's token as Keystone describes it; empty when Keystone does not know it (invalid, expired, revoked). */
    public Optional<KeystoneToken> validate(String userToken) {
        for (int attempt = 0; ; attempt++) {
            String service = serviceToken(attempt > 0);
            HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(tokensUri()).GET()
                    .header("X-Auth-Token", service).header("X-Subject-Token", userToken));
            int status = answer.statusCode();
            if (status == 200) {
                try {
                    return Optional.of(KeystoneToken.fromJson(mapper.readTree(answer.body())));
                } catch (IOException | IllegalArgumentException e) {
                    throw unavailable("Keystone's validation answer could not be read: " + e.getMessage());
                }
            }
            if (status == 404 || status == 400) {
                return Optional.empty();
            }
            if (status == 401 && attempt == 0) {
                // our own token was revoked or expired early: get a new one and ask again
                continue;
            }
            throw unavailable("Keystone refused to validate a token (status " + status + "); does the service "
                    + "user have the service or admin role?");
        }
    }

    private synchronized String serviceToken(boolean renew) {
        if (!renew && serviceToken != null && clock.instant().isBefore(serviceTokenExpires.minus(RENEW_BEFORE))) {
            return serviceToken;
        }
        Map<String, Object> auth = Map.of("auth", Map.of(
                "identity", Map.of("methods", new String[] {"password"}, "password", Map.of("user", Map.of(
                        "name", settings.username(), "password", settings.password(),
                        "domain", Map.of("name", settings.userDomainName())))),
                "scope", Map.of("project", Map.of("name", settings.projectName(),
                        "domain", Map.of("name", settings.projectDomainName())))));
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(auth);
        } catch (IOException e) {
            throw new IllegalStateException("a map of strings is always serializable", e);
        }
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(tokensUri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json"));
        String token = answer.headers().firstValue("X-Subject-Token").orElse(null);
        if (answer.statusCode() != 201 || token == null) {
            throw unavailable("Keystone refused the service credentials of user " + settings.username()
                    + " (status " + answer.statusCode() + ")");
        }
        try {
            serviceTokenExpires = KeystoneToken.fromJson(mapper.readTree(answer.body())).expiresAt();
        } catch (IOException | IllegalArgumentException e) {
            throw unavailable("Keystone's answer to the service login could not be read: " + e.getMessage());
        }
        serviceToken = token;
        LOG.info("Keystone service token for user {} obtained, expires at {}", settings.username(),
                serviceTokenExpires);
        return serviceToken;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(settings.timeout()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable("Keystone at " + settings.url() + " is unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking Keystone");
        }
    }

    private URI tokensUri() {
        return URI.create(settings.url() + "/auth/tokens");
    }

    private static PlacementException unavailable(String why) {
        LOG.error("{}", why);
        return new PlacementException(ErrorKind.SERVICE_UNAVAILABLE, ErrorCode.UNDEFINED,
                "The Keystone service is temporarily unavailable.");
    }
}
