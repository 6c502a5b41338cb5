package org.internkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrk load generator against a small HTTP server that records what it is sent: SPARQL instances arrive as
 * form POSTs with the template's Accept, API instances as GETs of their paths, every instance of a template is
 * sent, and answers other than 200 count as failures, not as throughput. {@code .ci/run} installs wrk.
 */
class WrkLoadTests {

    private static final BenchQuery SPARQL = new BenchQuery("q-test", 1, true,
            List.of("ASK { <urn:a> ?p ?o }", "SELECT * { ?s ?p \"b c\" }", "ASK { ?s ?p \"100%\" }"));

    @TempDir
    Path work;

    private HttpServer server;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(WrkLoad.find().isPresent(), "wrk is not installed (apt-get install wrk; .ci/run does)");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Accept")
                + (body.isEmpty() ? "" : " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + URLDecoder.decode(body.substring("query=".length()), StandardCharsets.UTF_8)));
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private WrkLoad load(String path, boolean api) throws IOException {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new WrkLoad(WrkLoad.find().orElseThrow(), endpoint, api, Duration.ZERO, Duration.ofSeconds(1), work);
    }

    @Test
    void shouldSendEveryInstanceAsAFormPostAndCountTheAnswers() throws Exception {
        Measurement m = load("/ds/sparql", false).run(SPARQL, 2);

        assertThat(seen).containsExactlyInAnyOrder(
                "POST /ds/sparql text/turtle application/x-www-form-urlencoded ASK { <urn:a> ?p ?o }",
                "POST /ds/sparql text/turtle application/x-www-form-urlencoded SELECT * { ?s ?p \"b c\" }",
                "POST /ds/sparql text/turtle application/x-www-form-urlencoded ASK { ?s ?p \"100%\" }");
        assertThat(m.failed()).isZero();
        assertThat(m.completed()).isGreaterThan(3);
        assertThat(m.requestsPerSecond()).isPositive();
        assertThat(m.p50Millis()).isPositive().isLessThanOrEqualTo(m.p95Millis());
    }

    @Test
    void shouldGetApiPathsWithTheirQueryStrings() throws Exception {
        BenchQuery api = new BenchQuery("api-search", 1, false, List.of("/api/search?q=intern%20lm", "/api/neighbourhood?iri=urn%3Ax"));

        load("/", true).runMix(List.of(api), 1);

        assertThat(seen).containsExactlyInAnyOrder("GET /api/search?q=intern%20lm application/json",
                "GET /api/neighbourhood?iri=urn%3Ax application/json");
    }

    @Test
    void shouldCountRefusedAnswersAsFailuresNotThroughput() throws Exception {
        status = 503;

        Measurement m = load("/ds/sparql", false).run(SPARQL, 1);

        assertThat(m.failed()).isPositive();
        assertThat(m.completed()).isZero();
        assertThat(m.requestsPerSecond()).isZero();
    }
}
