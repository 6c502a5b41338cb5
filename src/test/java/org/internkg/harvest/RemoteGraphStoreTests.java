package org.internkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** {@code --remote}: one Graph Store Protocol PUT with the bearer token, against a stub on 127.0.0.1. */
class RemoteGraphStoreTests {

    private record Request(String method, String query, String authorization, String contentType, byte[] body) {
    }

    @Test
    void shouldPutTheGraphWithTheBearerTokenOverTheGraphStoreProtocol() throws IOException {
        AtomicReference<Request> seen = new AtomicReference<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/data", exchange -> {
            seen.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        stub.start();
        try {
            Graph graph = GraphFactory.createDefaultGraph();
            Triple fact = Triple.create(NodeFactory.createURI("https://w3id.org/internkg/id/tool/lmdeploy"),
                    NodeFactory.createURI("https://w3id.org/internkg/def/supportsModel"),
                    NodeFactory.createURI("https://w3id.org/internkg/id/family/internlm2-5"));
            graph.add(fact);
            String graphName = "https://w3id.org/internkg/id/source/harvest-example-c124582";

            new RemoteGraphStore("http://127.0.0.1:" + stub.getAddress().getPort() + "/data", "s3cret")
                    .put(NodeFactory.createURI(graphName), graph);

            Request request = seen.get();
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(java.net.URLDecoder.decode(request.query(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("graph=" + graphName);
            assertThat(request.authorization()).isEqualTo("Bearer s3cret");
            Graph received = GraphFactory.createDefaultGraph();
            RDFParser.source(new java.io.ByteArrayInputStream(request.body()))
                    .lang(RDFLanguages.contentTypeToLang(request.contentType().split(";")[0].strip())).parse(received);
            assertThat(received.contains(fact)).isTrue();
        } finally {
            stub.stop(0);
        }
    }
}
