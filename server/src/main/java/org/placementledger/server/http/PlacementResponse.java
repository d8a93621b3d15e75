package org.placementledger.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, an optional JSON body (any Jackson-writable value), extra
 * headers and the Last-Modified time that applies from 1.15 on (null: "now").
 */
public final class PlacementResponse {

    private final int status;
    private final Object body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Instant lastModified;
    private boolean cacheHeaders;
    private boolean noLastModified;
    private String streamType;
    private BodyWriter stream;

    /** A body written straight to the client as it is produced (an export too large to hold). */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private PlacementResponse(int status, Object body) {
        this.status = status;
        this.body = body;
        this.cacheHeaders = body != null;
    }

    public static PlacementResponse ok(Object body) {
        return new PlacementResponse(200, body);
    }

    public static PlacementResponse status(int status, Object body) {
        return new PlacementResponse(status, body);
    }

    /** A 200 whose body {@code writer} streams, of media type {@code contentType}; no cache headers. */
    public static PlacementResponse stream(String contentType, BodyWriter writer) {
        PlacementResponse response = new PlacementResponse(200, null);
        response.streamType = contentType;
        response.stream = writer;
        return response;
    }

    public static PlacementResponse noContent() {
        return new PlacementResponse(204, null);
    }

    public static PlacementResponse created() {
        return new PlacementResponse(201, null);
    }

    public PlacementResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public PlacementResponse location(String absoluteUrl) {
        return header("Location", absoluteUrl);
    }

    /** Last-Modified to send from 1.15 (for responses that carry cache headers). */
    public PlacementResponse lastModified(Instant at) {
        this.lastModified = at;
        return this;
    }

    /** Whether Last-Modified and Cache-Control are sent from 1.15; by default only with a body. */
    public PlacementResponse cacheHeaders(boolean send) {
        this.cacheHeaders = send;
        return this;
    }

    /** Cache-Control without Last-Modified: Placement had no row to take a time from (an empty list). */
    public PlacementResponse withoutLastModified() {
        this.noLastModified = true;
        return this;
    }

    public boolean sendsLastModified() {
        return !noLastModified;
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public boolean sendsCacheHeaders() {
        return cacheHeaders;
    }

    public String streamType() {
        return streamType;
    }

    public BodyWriter stream() {
        return stream;
    }
}
