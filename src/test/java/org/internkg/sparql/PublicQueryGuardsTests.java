package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Regular expressions on RE2J, the text pre-scan and the slow-query pool, without a server. */
class PublicQueryGuardsTests {

    final QueryPolicy policy = new QueryPolicy(new QueryProperties(Duration.ofSeconds(5), 100_000, 1000L, 1));

    static ProtocolRequest request(String query) {
        return new ProtocolRequest(query, List.of(), List.of(), null, Set.of());
    }

    static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var g = NodeFactory.createURI("http://example.org/g");
        var s = NodeFactory.createURI("http://example.org/s");
        var p = NodeFactory.createURI("http://example.org/p");
        dsg.add(new Quad(g, s, p, NodeFactory.createLiteralString("a".repeat(40) + "b")));
        dsg.add(new Quad(g, s, p, NodeFactory.createLiteralLang("InternLM 书生", "zh")));
        return dsg;
    }

    List<Binding> run(String text) {
        var validated = policy.validate(request(text));
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = PublicQueryContext.apply(QueryExec.dataset(data())).query(validated.query())
                .timeout(20, TimeUnit.SECONDS).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void catastrophicBacktrackingPatternRunsInLinearTime() {
        long start = System.nanoTime();
        assertThat(run("SELECT ?o { GRAPH ?g { ?s ?p ?o } FILTER REGEX(?o, \"^(.*a){12}$\") }")).isEmpty();
        assertThat(run("SELECT ?o { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?o, \"^(a|aa)+$\")) } }")).isEmpty();
        // java.util.regex needs minutes for these on a 41-character string; RE2 needs microseconds.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void regexAndReplaceKeepSparqlSemantics() {
        assertThat(run("SELECT ?o { GRAPH ?g { ?s ?p ?o } FILTER REGEX(?o, \"internlm\", \"i\") }")).hasSize(1);
        var rows = run("SELECT (REPLACE(?o, \"(\\\\w+) \", \"$1-\") AS ?r) { GRAPH ?g { ?s ?p ?o } FILTER(LANG(?o) = \"zh\") }");
        assertThat(rows.get(0).get("r").getLiteralLexicalForm()).isEqualTo("InternLM-书生");
        assertThat(rows.get(0).get("r").getLiteralLanguage()).isEqualTo("zh");
        assertThat(run("SELECT ?o { GRAPH ?g { ?s ?p ?o } FILTER REGEX(?o, \"a.b\", \"q\") }")).isEmpty();
    }

    @Test
    void patternsRe2CannotRunAreRefusedBeforeTheQueryStarts() {
        assertThatThrownBy(() -> policy.validate(request("ASK { BIND(\"aa\" AS ?x) FILTER REGEX(?x, \"(a)\\\\1\") }")))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> policy.validate(request("SELECT (REPLACE(\"a\", \"(?=a)\", \"b\") AS ?x) {}")))
                .hasMessageContaining("linear-time");
    }

    @Test
    void deepNestingAndLongPathsAreRefusedBeforeParsing() {
        String nested = "SELECT * { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }";
        assertThatThrownBy(() -> policy.validate(request(nested))).hasMessageContaining("nests brackets 20002 deep");
        String path = "PREFIX e: <http://example.org/> SELECT * { ?s " + "e:p/".repeat(5_000) + "e:p ?o }";
        assertThatThrownBy(() -> policy.validate(request(path))).hasMessageContaining("chains 5000 steps");
        // Brackets in strings, IRIs and comments do not count.
        assertThat(policy.validate(request("ASK { FILTER(\"" + "(".repeat(100) + "\" != <http://example.org/((((>) } # " + "[".repeat(100)))).isNotNull();
    }

    @Test
    void slowQueryMovesToTheSlowPoolAndFreesItsSlot() throws Exception {
        try (ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 0, Duration.ZERO, 1, Duration.ofMillis(100), 2)) {
            var slow = limiter.acquire();
            eventually(() -> limiter.available() == 1);
            assertThat(limiter.slowAvailable()).as("the first is in the slow pool").isZero();
            var second = limiter.acquire();
            Thread.sleep(400);
            assertThat(limiter.available()).as("no slow slot left: the second slow query keeps running in its ordinary slot")
                    .isZero();
            assertThatThrownBy(limiter::acquire).as("a third query finds no slot (no queue here)")
                    .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            slow.close();
            eventually(() -> limiter.available() == 1);
            assertThat(limiter.available()).as("the second moved to the freed slow slot").isEqualTo(1);
            assertThat(limiter.slowAvailable()).isZero();
            second.close();
            assertThat(limiter.available()).isEqualTo(1);
            assertThat(limiter.slowAvailable()).isEqualTo(1);
        }
    }

    @Test
    void aLoneSlowQueryIsNeverStopped() throws Exception {
        try (ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 0, Duration.ZERO, 1, Duration.ofMillis(50), 2)) {
            var alone = limiter.acquire();
            eventually(() -> limiter.slowAvailable() == 0);
            assertThat(limiter.slowAvailable()).as("it runs in the slow pool").isZero();
            assertThat(limiter.available()).isEqualTo(1);
            alone.close();
            assertThat(limiter.slowAvailable()).isEqualTo(1);
        }
    }

    /** Waits (at most a minute, so a loaded machine does not fail it) for the limiter's timer to act. */
    static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void queuedQueryWaitsBrieflyForASlot() throws Exception {
        try (ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 1, Duration.ofSeconds(5), 1, Duration.ofMinutes(1), 2)) {
            var first = limiter.acquire();
            var waiter = new Thread(() -> limiter.acquire().close());
            waiter.start();
            Thread.sleep(200);
            assertThatThrownBy(limiter::acquire).as("the queue holds one").isInstanceOfSatisfying(SparqlException.class,
                    e -> assertThat(e.headers()).containsKey("Retry-After"));
            first.close();
            waiter.join(5000);
            assertThat(waiter.isAlive()).isFalse();
            assertThat(limiter.available()).isEqualTo(1);
        }
    }
}
