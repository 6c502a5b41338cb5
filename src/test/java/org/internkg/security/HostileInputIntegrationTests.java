package org.internkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public endpoint under hostile input, one category of attack at a time. Every case asserts the status, a
 * message that names the fault, the security headers and no internals in the answer, that the store is exactly
 * as before (fingerprint of every quad), that an ordinary query succeeds right after, that the answer came
 * within the query timeout plus 2 s, and that a listener on a loopback port, named in SERVICE, LOAD and
 * {@code @context} IRIs, was never connected to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "internkg.write.token=" + HostileInputIntegrationTests.TOKEN,
        "internkg.query.timeout=" + HostileInputIntegrationTests.TIMEOUT_SECONDS + "s",
        "internkg.write.max-upload-bytes=1000000",
        "internkg.write.max-literal-length=1000"})
class HostileInputIntegrationTests {

    static final String TOKEN = "hostile-test-token-0123456789";
    static final int TIMEOUT_SECONDS = 5;
    /** Writes have no query timeout: each validates the whole store, which takes seconds on a busy machine. */
    static final Duration WRITE_BOUND = Duration.ofSeconds(60);
    static final String SOURCE = "https://w3id.org/internkg/id/source/hostile-test";
    static final String GRAPH_TARGET = "/data?graph=" + URLEncoder.encode(SOURCE, StandardCharsets.UTF_8);

    /** The canary: anything that makes the server an HTTP client towards 127.0.0.1 shows up here. */
    static final ServerSocket LISTENER;
    static final AtomicInteger CONNECTIONS = new AtomicInteger();
    static final String CANARY;

    static {
        try {
            LISTENER = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        CANARY = "http://127.0.0.1:" + LISTENER.getLocalPort();
        Thread acceptor = new Thread(() -> {
            while (!LISTENER.isClosed()) {
                try (Socket ignored = LISTENER.accept()) {
                    CONNECTIONS.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "canary-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void closeListener() throws IOException {
        LISTENER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    /** One hostile request and what the server must answer. */
    record Case(String category, String name, String method, String target, Map<String, String> headers, byte[] body,
                int status, String message) {
        @Override
        public String toString() {
            return category + ": " + name;
        }

        Case withHeaders(Map<String, String> replacement) {
            return new Case(category, name, method, target, replacement, body, status, message);
        }
    }

    static final Map<String, String> AUTH_TURTLE = Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "text/turtle");

    static String sourceTurtle(String extra) {
        return """
                @prefix ikg: <https://w3id.org/internkg/def/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a ikg:SourceDocument ; rdfs:label "Hostile test"@en ;
                    prov:wasDerivedFrom <https://example.org/hostile> ; ikg:retrievedOn "2026-11-28"^^xsd:date .
                <https://w3id.org/internkg/id/tool/hostile-tool> a ikg:SoftwareTool ; rdfs:label "Hostile tool"@en ;
                    ikg:servesStage <https://w3id.org/internkg/id/stage/deployment> .
                """.formatted(SOURCE) + extra;
    }

    static Case query(String category, String name, String sparql, int status, String message) {
        if (sparql.length() > 4000) {
            // Too long for a URL (Tomcat's 8 KB request-line limit): sent as the body, as a client would.
            return new Case(category, name, "POST", "/sparql", Map.of("Content-Type", "application/sparql-query",
                    "Accept", "application/sparql-results+json"), utf8(sparql), status, message);
        }
        return new Case(category, name, "GET", "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                Map.of("Accept", "application/sparql-results+json"), null, status, message);
    }

    static Case raw(String category, String name, String method, String target, Map<String, String> headers, byte[] body,
                    int status, String message) {
        return new Case(category, name, method, target, headers, body, status, message);
    }

    static Case upload(String category, String name, String turtle, int status, String message) {
        return raw(category, name, "PUT", GRAPH_TARGET, AUTH_TURTLE, turtle.getBytes(StandardCharsets.UTF_8), status, message);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        Map<String, String> sparqlQuery = Map.of("Content-Type", "application/sparql-query");
        String values = "VALUES ?%s { " + "1 2 3 4 5 6 7 8 9 10 ".repeat(100) + "}";

        c.add(query("malformed SPARQL", "missing object", "SELECT * WHERE { ?s ?p }", 400, "Syntax error at line 1, column"));
        c.add(raw("malformed SPARQL", "unclosed group in a POST body", "POST", "/sparql", sparqlQuery,
                utf8("SELECT ?x\nWHERE {\n  ?x ?y ?z ."), 400, "Syntax error at line"));
        c.add(query("malformed SPARQL", "empty query", "   ", 400, "empty"));

        c.add(query("updates and LOAD", "LOAD from loopback", "LOAD <" + CANARY + "/data.ttl>", 400, "read-only"));
        c.add(raw("updates and LOAD", "update parameter", "POST", "/sparql", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                utf8("update=" + URLEncoder.encode("INSERT DATA { <urn:example:a> <urn:example:b> <urn:example:c> }", StandardCharsets.UTF_8)), 400, "read-only"));
        c.add(raw("updates and LOAD", "sparql-update body", "POST", "/sparql", Map.of("Content-Type", "application/sparql-update"),
                utf8("DROP ALL"), 400, "read-only"));

        c.add(query("SERVICE", "at loopback", "SELECT * { SERVICE <" + CANARY + "/sparql> { ?s ?p ?o } }", 400, "SERVICE"));
        c.add(query("SERVICE", "SILENT at loopback", "SELECT * { SERVICE SILENT <" + CANARY + "/> { ?s ?p ?o } }", 400, "SERVICE"));
        c.add(query("SERVICE", "at a file", "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }", 400, "SERVICE"));
        c.add(query("SERVICE", "inside FILTER EXISTS", "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + CANARY + "/> { ?s ?p ?o } } } LIMIT 1",
                400, "SERVICE"));

        c.add(query("script and java: functions", "java: function", "SELECT (<java:java.lang.Runtime>(\"id\") AS ?x) {}", 400, "java:"));
        c.add(query("script and java: functions", "java: property function",
                "SELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.strSplit> (\"a,b\" \",\") }", 400, "java:"));
        c.add(query("script and java: functions", "script function",
                "SELECT * { ?s ?p ?o FILTER(<http://jena.apache.org/ARQ/jsFunction#f>(?o)) }", 400, "script functions"));

        c.add(query("cartesian explosion", "VALUES cube (10^9 rows)",
                "SELECT (COUNT(*) AS ?n) { " + values.formatted("a") + values.formatted("b") + values.formatted("c") + " }", 503, "time limit"));
        c.add(query("cartesian explosion", "grouped triple cross join",
                "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c", 503, "time limit"));

        String prefix = "PREFIX e: <http://example.org/> ";
        c.add(query("deep paths and nesting", "5,000-step property path", prefix + "SELECT * { ?s " + "e:p/".repeat(5000) + "e:p ?o }",
                400, "chains 5000 steps"));
        c.add(query("deep paths and nesting", "20,000 nested parentheses",
                "ASK { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }", 400, "nests brackets"));
        c.add(query("deep paths and nesting", "10,000 nested groups", "ASK " + "{".repeat(10_000) + "}".repeat(10_000), 400, "nests brackets"));
        c.add(upload("deep paths and nesting", "50,000 nested Turtle brackets",
                sourceTurtle("<urn:example:a> <urn:example:b> " + "(".repeat(50_000) + ")".repeat(50_000) + " ."), 400, "nests brackets"));

        c.add(query("catastrophic regex", "(.*a){12} on every label",
                "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/internkg/def/SoftwareTool> ; <http://www.w3.org/2000/01/rdf-schema#label> ?o "
                        + "FILTER REGEX(CONCAT(?o, ?o, ?o), \"^(.*a){12}$\") }", 200, "\"n\""));
        c.add(query("catastrophic regex", "(a|aa)+ through fn:matches in REPLACE",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/internkg/def/SoftwareTool> ; "
                        + "<http://www.w3.org/2000/01/rdf-schema#label> ?o FILTER(fn:matches(REPLACE(?o, \"[^a]\", \"a\"), \"^(a|aa)+b$\")) }", 200, "\"n\""));
        c.add(query("catastrophic regex", "backreference", "ASK { ?s ?p ?o FILTER REGEX(STR(?o), \"(a+)+\\\\1\") }", 400,
                "not supported"));

        c.add(raw("oversized", "query of 150,000 characters", "POST", "/sparql", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                utf8("query=" + URLEncoder.encode("ASK {} #" + "x".repeat(150_000), StandardCharsets.UTF_8)), 413, "limit is 100000"));
        c.add(raw("oversized", "query body of 1.5 MB", "POST", "/sparql", sparqlQuery, utf8("ASK {} #" + "x".repeat(1_500_000)), 413,
                "too large"));
        c.add(raw("oversized", "URL of 20,000 characters", "GET", "/sparql?query=ASK%7B%7D%23" + "x".repeat(20_000), Map.of(), null,
                400, "too large"));
        c.add(upload("oversized", "upload of 1.2 MB", sourceTurtle("#" + "x".repeat(1_200_000)), 413, "larger than 1000000 bytes"));

        c.add(raw("content types and encodings", "POST without Content-Type", "POST", "/sparql", Map.of(), utf8("ASK {}"), 400,
                "Content-Type"));
        c.add(raw("content types and encodings", "POST as text/plain", "POST", "/sparql", Map.of("Content-Type", "text/plain"),
                utf8("ASK {}"), 415, "unsupported Content-Type"));
        c.add(raw("content types and encodings", "percent-encoded bytes that are not UTF-8", "GET", "/sparql?query=ASK%20%7B%7D%20%23%FF%FE",
                Map.of(), null, 400, "not valid UTF-8"));
        c.add(raw("content types and encodings", "JSON-LD upload with a loopback @context", "PUT", GRAPH_TARGET,
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/ld+json"),
                utf8("{\"@context\": \"" + CANARY + "/context.jsonld\", \"@id\": \"" + SOURCE + "\"}"), 415, "JSON-LD"));
        c.add(raw("content types and encodings", "Turtle in Latin-1", "PUT", GRAPH_TARGET,
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "text/turtle;charset=ISO-8859-1"), utf8(sourceTurtle("")), 415,
                "UTF-8 only"));
        c.add(raw("content types and encodings", "upload without Content-Type", "PUT", GRAPH_TARGET,
                Map.of("Authorization", "Bearer " + TOKEN), utf8(sourceTurtle("")), 415, "needs a Content-Type"));

        c.add(upload("broken Turtle", "triple without object", sourceTurtle("<urn:example:a> <urn:example:b> ."), 400, "syntax error at line 9, column"));
        c.add(upload("broken Turtle", "unterminated string", sourceTurtle("<urn:example:a> <urn:example:b> \"open ."), 400, "syntax error at line 9"));
        c.add(upload("broken Turtle", "undefined prefix", sourceTurtle("nope:a <urn:example:b> <urn:example:c> ."), 400, "Undefined prefix"));

        c.add(upload("shape violations", "source without an English label", sourceTurtle("").replace("rdfs:label \"Hostile test\"@en ;", ""),
                422, "English label"));
        c.add(upload("shape violations", "graph that does not describe itself",
                sourceTurtle("").replace("<" + SOURCE + "> a ikg:SourceDocument", "<https://example.org/other> a ikg:SourceDocument"),
                422, "must describe itself"));
        c.add(upload("shape violations", "date that is not a date", sourceTurtle("")
                .replace("\"2026-11-28\"^^xsd:date", "\"yesterday\""), 422, "xsd:date"));

        c.add(upload("IRI schemes", "javascript:", sourceTurtle("<https://w3id.org/internkg/id/tool/hostile-tool> "
                + "<https://schema.org/url> <javascript:alert(1)> ."), 400, "\"javascript:\", which is not allowed"));
        c.add(upload("IRI schemes", "file:", sourceTurtle("<file:///etc/passwd> <urn:example:b> <urn:example:c> ."), 400, "\"file:\", which is not allowed"));
        c.add(upload("IRI schemes", "data:", sourceTurtle("<urn:example:a> <urn:example:b> <data:text/html;base64,PHNjcmlwdD4=> ."), 400, "not allowed"));
        c.add(raw("IRI schemes", "graph name file:", "PUT", "/data?graph=file%3A%2F%2F%2Fetc%2Fpasswd", AUTH_TURTLE,
                utf8(sourceTurtle("")), 400, "only source graphs can be written"));

        c.add(raw("markup in labels", "markup in a resource URL (HTML page)", "GET", "/id/x%3Cscript%3Ealert(1)%3C/script%3E",
                Map.of("Accept", "text/html"), null, 404, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        c.add(raw("markup in labels", "markup in a SPARQL XML result", "GET", "/sparql?query="
                        + URLEncoder.encode("SELECT (\"<script>alert(1)</script>\" AS ?label) {}", StandardCharsets.UTF_8),
                Map.of("Accept", "application/sparql-results+xml"), null, 200, "<literal>&lt;script&gt;alert(1)&lt;/script&gt;</literal>"));

        c.add(upload("overlong literals", "5,000-character label", sourceTurtle("<urn:example:a> <urn:example:b> \"" + "x".repeat(5000) + "\" ."), 400,
                "5000 characters long; the limit is 1000"));
        c.add(raw("overlong literals", "N-Triples long string", "PUT", GRAPH_TARGET,
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/n-triples"),
                utf8("<urn:example:a> <urn:example:b> \"" + "y".repeat(2000) + "\" .\n"), 400, "limit is 1000"));

        c.add(upload("invalid Unicode", "lone surrogate escape", sourceTurtle("<urn:example:a> <urn:example:b> \"\\uD800\" ."), 400, "unpaired surrogate"));
        c.add(upload("invalid Unicode", "NUL escape", sourceTurtle("<urn:example:a> <urn:example:b> \"a\\u0000b\" ."), 400, "U+0000"));
        c.add(raw("invalid Unicode", "raw bytes that are not UTF-8", "PUT", GRAPH_TARGET, AUTH_TURTLE,
                concat(utf8(sourceTurtle("<urn:example:a> <urn:example:b> \"")), new byte[] {(byte) 0xC3, (byte) 0x28, '"', ' ', '.'}), 400,
                "not valid UTF-8 at line 9"));
        c.add(raw("invalid Unicode", "CESU-8 surrogate in a query body", "POST", "/sparql", sparqlQuery,
                concat(utf8("ASK { FILTER(\""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ')', ' ', '}'}), 400,
                "not valid UTF-8"));

        c.add(raw("path traversal", "/id/../../etc/passwd", "GET", "/id/../../etc/passwd", Map.of(), null, 400, "leaves the root"));
        c.add(raw("path traversal", "%2e%2e segments", "GET", "/id/%2e%2e/%2e%2e/etc/passwd", Map.of(), null, 400, "leaves the root"));
        c.add(raw("path traversal", "encoded slashes", "GET", "/id/..%2f..%2fetc%2fpasswd", Map.of(), null, 400, "encoded slash"));
        c.add(raw("path traversal", "encoded backslashes", "GET", "/css/..%5c..%5cetc%5cpasswd", Map.of(), null, 400, "backslash"));
        c.add(raw("path traversal", "double-encoded dots", "GET", "/id/%252e%252e/etc/passwd", Map.of("Accept", "text/plain"), null, 404,
                "nothing about"));

        c.add(upload("credentials", "missing", sourceTurtle(""), 401, "needs credentials").withHeaders(Map.of("Content-Type", "text/turtle")));
        c.add(upload("credentials", "wrong token", sourceTurtle(""), 401, "not valid")
                .withHeaders(Map.of("Content-Type", "text/turtle", "Authorization", "Bearer " + TOKEN + "x")));
        c.add(upload("credentials", "Basic instead of Bearer", sourceTurtle(""), 401, "Bearer scheme")
                .withHeaders(Map.of("Content-Type", "text/turtle", "Authorization", "Basic aG9zdGlsZTp0ZXN0")));
        c.add(raw("credentials", "empty bearer token on DELETE", "DELETE", "/data?graph=" + URLEncoder.encode(
                "https://w3id.org/internkg/id/source/github-internlm-lmdeploy", StandardCharsets.UTF_8), Map.of("Authorization", "Bearer  "),
                null, 401, "malformed"));
        c.add(raw("credentials", "token with a space", "POST", GRAPH_TARGET, Map.of("Authorization", "Bearer hostile test token",
                "Content-Type", "text/turtle"), utf8(sourceTurtle("")), 401, "malformed bearer token"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileRequestIsRefusedCleanly(Case hostile) throws Exception {
        String before = StoreFingerprint.of(knowledgeBase);
        int connectionsBefore = CONNECTIONS.get();
        long start = System.nanoTime();
        RawHttp.Response response = RawHttp.send(port, hostile.method(), hostile.target(), hostile.headers(), hostile.body());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).as("status; body: %s", abbreviate(response.body())).isEqualTo(hostile.status());
        assertThat(response.body()).as("the message names the fault").contains(hostile.message());
        if (hostile.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.body()).doesNotContain("Exception", "\tat org.", "/work/", "/root/", "Apache Tomcat");
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(took).as("answered within the query timeout plus 2 s (writes: their bound)")
                .isLessThan(hostile.method().equals("PUT") || hostile.method().equals("DELETE") ? WRITE_BOUND
                        : Duration.ofSeconds(TIMEOUT_SECONDS + 2));

        assertThat(StoreFingerprint.of(knowledgeBase)).as("the store is unchanged").isEqualTo(before);
        RawHttp.Response ordinary = RawHttp.send(port, "GET", "/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) { ?s a ?type }", StandardCharsets.UTF_8), Map.of("Accept", "application/sparql-results+json"), null);
        assertThat(ordinary.status()).as("an ordinary query right after").isEqualTo(200);
        assertThat(ordinary.body()).contains("\"n\"");
        assertThat(CONNECTIONS.get()).as("nothing connected to the loopback listener").isEqualTo(connectionsBefore);
    }

    @Test
    void suiteCoversEveryCategoryAtLeastTwice() {
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        cases().forEach(c -> perCategory.merge(c.category(), 1, Integer::sum));
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(perCategory).hasSize(17).allSatisfy((category, count) -> assertThat(count).as(category).isGreaterThanOrEqualTo(2));
    }

    @Test
    void labelsWithMarkupAreStoredAsDataAndShownEscaped() throws Exception {
        String markup = "<img src=x onerror=alert(1)>";
        String turtle = sourceTurtle("").replace("\"Hostile tool\"@en", "\"" + markup + "\"@en");
        RawHttp.Response put = RawHttp.send(port, "PUT", GRAPH_TARGET, AUTH_TURTLE, utf8(turtle));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        try {
            RawHttp.Response page = RawHttp.send(port, "GET", "/id/tool/hostile-tool", Map.of("Accept", "text/html"), null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;").doesNotContain(markup);
            RawHttp.Response api = RawHttp.send(port, "GET", "/api/resource?iri=" + URLEncoder.encode(
                    "https://w3id.org/internkg/id/tool/hostile-tool", StandardCharsets.UTF_8), Map.of("Accept", "application/json"), null);
            assertThat(api.header("Content-Type")).startsWith("application/json");
        } finally {
            RawHttp.Response delete = RawHttp.send(port, "DELETE", GRAPH_TARGET, Map.of("Authorization", "Bearer " + TOKEN), null);
            assertThat(delete.status()).as(delete.body()).isEqualTo(200);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
