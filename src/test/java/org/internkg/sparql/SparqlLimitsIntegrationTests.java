package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Timeouts and the concurrency limit, on 300 triples whose cross joins outlast a short timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "internkg.store.additional-data=classpath:fixtures/many-things.trig",
        "internkg.store.validate-on-start=false",
        "internkg.query.timeout=1500ms",
        "internkg.query.max-rows=100000000",
        "internkg.query.max-concurrent=1",
        // No queue and no slow pool to move to: exactly one query at a time, the next one refused.
        "internkg.query.queue-capacity=0",
        "internkg.query.slow-after=1h"})
class SparqlLimitsIntegrationTests {

    /** No row before the whole join is counted: times out before the first byte. */
    static final String SLOW_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /** Rows from the first millisecond, 27 million of them: times out while streaming. */
    static final String LONG_STREAM = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpRequest request(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build();
    }

    @Test
    void timeoutBeforeFirstByteIs503() throws Exception {
        long start = System.nanoTime();
        var r = http.send(request(SLOW_COUNT), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.body()).contains("time limit");
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void timeoutMidStreamBreaksTheResponse() {
        assertThatThrownBy(() -> {
            var r = http.send(request(LONG_STREAM), HttpResponse.BodyHandlers.ofString());
            // Should a response arrive complete, it must at least not be valid JSON results.
            org.apache.jena.sparql.resultset.ResultsReader.create().lang(org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)
                    .build().readAny(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        }).isInstanceOfAny(IOException.class, RuntimeException.class);
    }

    @Test
    void oneQueryTooManyIs503WithRetryAfter() throws Exception {
        HttpResponse<String> refused = null;
        // A query from an earlier test may still hold the only slot until its timeout: start from an idle server,
        // and try again should the slow query itself be the one refused.
        for (int attempt = 0; attempt < 5 && refused == null; attempt++) {
            awaitIdle();
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request(SLOW_COUNT), HttpResponse.BodyHandlers.ofString());
            while (!slow.isDone() && refused == null) {
                var r = http.send(request("ASK {}"), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 503) {
                    refused = r;
                }
                Thread.sleep(20);
            }
            slow.join();
        }
        assertThat(refused).as("a second query while the slow one runs").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        awaitIdle();
        assertThat(http.send(request("ASK {}"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private void awaitIdle() throws Exception {
        for (int i = 0; i < 200; i++) {
            if (http.send(request("ASK {}"), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server stayed busy for 10 s");
    }
}
