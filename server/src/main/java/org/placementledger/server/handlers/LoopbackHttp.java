package org.placementledger.server.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The start-up warm-ups' HTTP client: one request to a port of this JVM as the noauth2 admin, on a
 * connection of its own ({@code Connection: close}, as a scheduler without keep-alive, ab and the
 * shared benchmark send them). Only the status code is read; the body is read and dropped.
 */
public final class LoopbackHttp {

    private final InetAddress host;
    private final int port;

    public LoopbackHttp(InetAddress host, int port) {
        this.host = host;
        this.port = port;
    }

    public int get(String target) throws IOException {
        return send("GET", target, null);
    }

    /** Sends {@code body} (JSON, or none when null) at the latest microversion; returns the status code, -1 if none. */
    public int send(String method, String target, String body) throws IOException {
        byte[] data = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host.getHostAddress() + ":" + port
                    + "\r\nX-Auth-Token: admin\r\nOpenStack-API-Version: placement latest\r\nAccept: application/json\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + data.length + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12]; // "HTTP/1.1 200"
            int read = in.readNBytes(head, 0, head.length);
            in.transferTo(OutputStream.nullOutputStream());
            return read == head.length ? parseStatus(head) : -1;
        }
    }

    private static int parseStatus(byte[] head) {
        try {
            return Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
