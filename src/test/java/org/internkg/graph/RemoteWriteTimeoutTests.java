package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.sun.net.httpserver.HttpServer;

/**
 * A store that answers queries but never answers a Graph Store write: the writer must get a 504 naming the store,
 * not wait forever (Jena's Graph Store client sets no answer timeout of its own).
 */
class RemoteWriteTimeoutTests {

    private static final String EMPTY_RESULT = "{\"head\":{\"vars\":[\"g\",\"s\",\"p\",\"o\",\"revision\",\"modified\"]},"
            + "\"results\":{\"bindings\":[]}}";

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger writesSeen = new AtomicInteger();
    private HttpServer store;

    @BeforeEach
    void startSilentStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        store.createContext("/ds/query", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = EMPTY_RESULT.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        store.createContext("/ds/data", exchange -> {
            writesSeen.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        store.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        store.start();
    }

    @AfterEach
    void stopStore() {
        release.countDown();
        store.stop(0);
    }

    @Test
    void aWriteTheStoreNeverAnswersEndsWithGatewayTimeoutNamingTheStore() {
        String base = "http://127.0.0.1:" + store.getAddress().getPort() + "/ds";
        RemoteStoreProperties properties = new RemoteStoreProperties(URI.create(base + "/query"),
                URI.create(base + "/update"), URI.create(base + "/data"), null, null, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO);
        RemoteKnowledgeBase kb = new RemoteKnowledgeBase(properties);
        Quad quad = Quad.create(NodeFactory.createURI("https://example.org/graph"), NodeFactory.createURI("https://example.org/s"),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o"));

        assertThatThrownBy(() -> kb.write(ds -> ds.asDatasetGraph().add(quad)))
                .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + store.getAddress().getPort())
                            .contains("did not answer the write within 1 s");
                });
        assertThat(writesSeen).as("the write reached the store before it timed out").hasValue(1);
    }
}
