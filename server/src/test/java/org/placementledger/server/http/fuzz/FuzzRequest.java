package org.placementledger.server.http.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, written byte for byte: method, raw request target, headers in order, and
 * an optional body sent with a Content-Length (or chunked when {@code chunked}).
 */
record FuzzRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
                   boolean chunked) {

    boolean mutating() {
        return !"GET".equals(method) && !"HEAD".equals(method);
    }

    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        if (body != null && chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (body != null && header("Content-Length") == null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        if (body != null && chunked) {
            for (int at = 0; at < body.length; at += 8192) {
                int n = Math.min(8192, body.length - at);
                out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, at, n);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** A short description for a failure report (the body cut to 300 characters). */
    String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return method + " " + target + " " + headers + (chunked ? " chunked" : "") + " body["
                + (body == null ? "none" : body.length) + "]: " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
