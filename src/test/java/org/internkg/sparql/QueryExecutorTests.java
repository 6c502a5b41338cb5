package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The executor under the slow-query guard: a query that turns slow is answered, whether or not a slow place is free. */
class QueryExecutorTests {

    /** Counting a cross product of 700 × 700 rows runs well past the 1 ms after which a query counts as slow. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d }";

    final KnowledgeBase kb = KnowledgeBase.inMemory();

    @AfterEach
    void close() {
        kb.close();
    }

    QueryExecutor executor(int ordinary, int slow) {
        kb.write(ds -> {
            var g = NodeFactory.createURI("http://example.org/g");
            var p = NodeFactory.createURI("http://example.org/p");
            for (int i = 0; i < 700; i++) {
                ds.asDatasetGraph().add(new Quad(g, NodeFactory.createURI("http://example.org/s" + i), p,
                        NodeFactory.createLiteralString("o" + i)));
            }
        });
        var limits = new QueryProperties(Duration.ofMinutes(5), 100_000, 1000L, ordinary, 32, Duration.ofMinutes(5),
                Duration.ofMillis(1), slow, 64, 64, null);
        return new QueryExecutor(kb, limits);
    }

    static MockHttpServletResponse answer(QueryExecutor executor, String query) {
        var validated = new QueryPolicy(new QueryProperties(Duration.ofMinutes(5), 100_000, 1000L, 1))
                .validate(new ProtocolRequest(query, List.of(), List.of(), null, Set.of()));
        var response = new MockHttpServletResponse();
        executor.execute(validated, Format.JSON, response);
        return response;
    }

    @Test
    void aSlowQueryAloneIsAnswered() throws Exception {
        var response = answer(executor(1, 1), SLOW);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"490000\"");
    }

    @Test
    void slowQueriesBeyondTheSlowPoolKeepRunningAndAreAnswered() throws Exception {
        QueryExecutor executor = executor(2, 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread client = new Thread(() -> {
                try {
                    start.await();
                    outcomes.add(answer(executor, SLOW).getContentAsString());
                } catch (Exception | Error e) {
                    outcomes.add(e);
                }
            });
            client.start();
            clients.add(client);
        }
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).asString().contains("\"490000\""));
    }
}
