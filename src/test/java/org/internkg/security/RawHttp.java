package org.internkg.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, byte for byte as given: hostile requests need URLs and bodies that
 * java.net.http would normalise or refuse (".." segments, invalid percent-encoding, bytes that are not UTF-8).
 */
final class RawHttp {

    /** A response: status, headers (lower-case names, last value wins) and the de-chunked body as UTF-8. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Response send(int port, String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            // The body is written on its own thread: a server that answers 413 early stops reading it.
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                    if (body != null) {
                        out.write(body);
                    }
                    out.flush();
                } catch (IOException serverStoppedReading) {
                    // expected for oversized bodies
                }
            });
            writer.start();
            byte[] raw = readAll(socket.getInputStream());
            return parse(raw);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        int n;
        try {
            while ((n = in.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
            }
        } catch (java.net.SocketException reset) {
            if (buffer.size() == 0) {
                throw reset;
            }
        }
        return buffer.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = i;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            if (sizeText.isEmpty()) {
                break;
            }
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }
}
