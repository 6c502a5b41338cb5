package org.internkg.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The SPARQL 1.1 Protocol operation carried by an HTTP request: query text, dataset graphs and the
 * {@code format=} override. Parameters are decoded here, strictly as UTF-8, from the raw query string and body
 * (rather than through the servlet container, which would silently replace bytes that are not UTF-8).
 *
 * @param query         the query text, or null when the request carries none (service description)
 * @param defaultGraphs {@code default-graph-uri} values, in order
 * @param namedGraphs   {@code named-graph-uri} values, in order
 * @param format        the {@code format=} value, or null
 * @param otherParameters names of any further parameters (these make a request without a query an error)
 */
public record ProtocolRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format,
                              Set<String> otherParameters) {

    static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");
    static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    /** Reads GET and POST requests; bodies beyond what {@code maxLength} characters can take are refused (413). */
    public static ProtocolRequest read(HttpServletRequest request, int maxLength) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parseForm(request.getQueryString(), parameters, "the URL's query string");
        String directQuery = null;
        if ("POST".equals(request.getMethod())) {
            MediaType type = contentType(request);
            // UTF-8 is at most 4 bytes a character; percent-encoding triples each byte.
            long byteLimit = 12L * maxLength + 4096;
            if (type == null) {
                throw SparqlException.badRequest("a POST needs a Content-Type: application/x-www-form-urlencoded "
                        + "(query=...) or application/sparql-query (the query as the body)");
            } else if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
                parseForm(body(request, byteLimit, "form"), parameters, "the form body");
            } else if (type.isCompatibleWith(SPARQL_QUERY)) {
                directQuery = body(request, byteLimit, "query");
            } else if (type.isCompatibleWith(SPARQL_UPDATE)) {
                throw SparqlException.badRequest("SPARQL Update is not accepted: this endpoint is read-only");
            } else {
                throw new SparqlException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported Content-Type " + type
                        + "; send application/x-www-form-urlencoded (query=...) or application/sparql-query");
            }
        }
        if (parameters.containsKey("update")) {
            throw SparqlException.badRequest("SPARQL Update (the update parameter) is not accepted: this endpoint is read-only");
        }
        List<String> queries = parameters.getOrDefault("query", List.of());
        if (queries.size() + (directQuery == null ? 0 : 1) > 1) {
            throw SparqlException.badRequest("more than one query in the request; send exactly one");
        }
        String query = directQuery != null ? directQuery : queries.isEmpty() ? null : queries.get(0);
        List<String> formats = parameters.getOrDefault("format", List.of());
        if (formats.size() > 1) {
            throw SparqlException.badRequest("more than one format parameter");
        }
        Set<String> others = new java.util.TreeSet<>(parameters.keySet());
        others.removeAll(Set.of("query", "format"));
        return new ProtocolRequest(query,
                List.copyOf(parameters.getOrDefault("default-graph-uri", List.of())),
                List.copyOf(parameters.getOrDefault("named-graph-uri", List.of())),
                formats.isEmpty() ? null : formats.get(0), Set.copyOf(others));
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw SparqlException.badRequest("malformed Content-Type: " + header);
        }
    }

    private static String body(HttpServletRequest request, long byteLimit, String what) {
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > byteLimit) {
                    throw new SparqlException(HttpStatus.CONTENT_TOO_LARGE, "the " + what + " body is too large");
                }
            }
            return utf8(buffer.toByteArray(), "the " + what + " body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** application/x-www-form-urlencoded, percent-decoded as UTF-8; '+' is a space. */
    static void parseForm(String encoded, Map<String, List<String>> into, String where) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq), where);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), where);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static String percentDecode(String s, String where) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw SparqlException.badRequest("malformed percent-encoding in " + where);
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return utf8(bytes.toByteArray(), where);
    }

    private static String utf8(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw SparqlException.badRequest(where + " is not valid UTF-8");
        }
    }
}
