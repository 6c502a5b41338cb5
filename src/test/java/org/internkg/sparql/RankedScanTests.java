package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaderboard queries answered by walking a property's kept values give exactly the rows ARQ gives sorting every
 * candidate, in the same order, and read only the top of the values when many subjects qualify.
 */
class RankedScanTests {

    static final String PREFIXES = """
            PREFIX ex: <http://example.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final Node SIZE = NodeFactory.createURI("http://example.org/size");
    static final Node SCORE = NodeFactory.createURI("http://example.org/score");

    final KnowledgeBase kb = TrigStores.inMemory(leaderboards(400, 7));
    final StoreColumns<ValueColumn> columns = new StoreColumns<>(kb.dataset().asDatasetGraph(), "Values",
            ValueColumn::builder, ValueColumn.MAX_STATEMENTS, ValueColumn.MAX_PROPERTIES, Runnable::run);

    @AfterEach
    void close() {
        kb.close();
    }

    /**
     * 400 models in two graphs: every model is evaluated on ex:popular, one in fifty on ex:rare, one in three is
     * supported by ex:hub; sizes repeat (ties), a few models have two English labels or none, some sizes are stated
     * in both graphs; ex:score mixes decimals and doubles, which is not held.
     */
    static String leaderboards(int models, long seed) {
        Random random = new Random(seed);
        StringBuilder g1 = new StringBuilder("ex:g1 {\n");
        StringBuilder g2 = new StringBuilder("ex:g2 {\n");
        for (int i = 0; i < models; i++) {
            String m = "ex:m" + i;
            int size = random.nextInt(60) * 1_000_000;
            g1.append(m).append(" ex:evaluatedOn ex:popular ; ex:size ").append(size).append(" ;\n  rdfs:label \"model ")
                    .append(i).append("\"@zh");
            if (i % 13 != 0) {
                g1.append(", \"Model ").append(i).append("\"@en");
            }
            if (i % 17 == 0) {
                g1.append(", \"M").append(i).append("\"@en");
            }
            g1.append(" ;\n  ex:score ").append(i % 2 == 0 ? (i % 100) + ".5" : (i % 100) + ".5e0").append(" .\n");
            if (i % 50 == 0) {
                g2.append(m).append(" ex:evaluatedOn ex:rare .\n");
            }
            if (i % 5 == 0) {
                g2.append(m).append(" ex:size ").append(size).append(" .\n");
            }
            if (i % 3 == 0) {
                g2.append("ex:hub ex:supports ").append(m).append(" .\n");
            }
        }
        g2.append("ex:tiny ex:size \"-5\"^^xsd:int ; ex:evaluatedOn ex:popular ; rdfs:label \"Tiny\"@en .\n");
        return PREFIXES + g1 + "}\n" + g2 + "}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?m ?l ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size ; rdfs:label ?l FILTER(LANG(?l) = 'en') }"
                    + " ORDER BY DESC(?size) ?m ?l LIMIT 10",
            "SELECT ?m ?l ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size ; rdfs:label ?l FILTER(LANG(?l) = 'en') }"
                    + " ORDER BY ?size DESC(?m) ?l LIMIT 7",
            "SELECT ?m ?l ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size ; rdfs:label ?l FILTER(LANG(?l) = 'en') }"
                    + " ORDER BY DESC(?size) ?m ?l LIMIT 5 OFFSET 20",
            "SELECT ?m ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size FILTER(?size < 30000000) }"
                    + " ORDER BY DESC(?size) ?m LIMIT 12",
            "SELECT ?m ?l ?size { ?m ex:evaluatedOn ex:rare ; ex:size ?size ; rdfs:label ?l FILTER(LANG(?l) = 'en') }"
                    + " ORDER BY DESC(?size) ?m ?l LIMIT 10",
            "SELECT ?m ?size { ?m ex:size ?size } ORDER BY DESC(?size) ?m LIMIT 3",
            "SELECT ?m ?size { ex:hub ex:supports ?m . ?m ex:size ?size } ORDER BY DESC(?size) ?m LIMIT 10",
            "SELECT ?m ?size { ?m ex:size ?size FILTER(?size < 3000000) } ORDER BY DESC(?size) ?m LIMIT 3",
            "SELECT (COUNT(*) AS ?n) { { SELECT ?m { ?m ex:size ?size } ORDER BY ?size ?m LIMIT 40 } }",
            "SELECT ?m ?size { VALUES ?b { ex:popular ex:rare } ?m ex:evaluatedOn ?b ; ex:size ?size } ORDER BY DESC(?size) ?m LIMIT 10",
            "SELECT ?m ?s { ?m ex:evaluatedOn ex:popular ; ex:score ?s } ORDER BY DESC(?s) ?m LIMIT 10",
            "SELECT ?m ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size } ORDER BY DESC(STR(?size)) ?m LIMIT 10",
            "SELECT ?g ?m ?size { GRAPH ?g { ?m ex:size ?size } } ORDER BY DESC(?size) ?m ?g LIMIT 10",
    })
    void shouldGiveExactlyTheRowsOfAFullSort(String query) {
        List<String> planned = rows(query, true, new AtomicLong());
        assertThat(planned).isEqualTo(rows(query, false, new AtomicLong())).isNotEmpty();
    }

    @Test
    void shouldReadOnlyTheTopValuesWhenManySubjectsQualify() {
        String bySizeThenModel = "SELECT ?m ?l ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size ; rdfs:label ?l"
                + " FILTER(LANG(?l) = 'en') } ORDER BY DESC(?size) ?m LIMIT 10";
        String bySizeThenLabel = bySizeThenModel.replace("?m LIMIT", "?l LIMIT");
        AtomicLong walkedByModel = new AtomicLong();
        AtomicLong walkedByLabel = new AtomicLong();

        List<String> byModel = rows(bySizeThenModel, true, walkedByModel);
        List<String> byLabel = rows(bySizeThenLabel, true, walkedByLabel);

        assertThat(byModel).hasSize(10).isEqualTo(rows(bySizeThenModel, false, new AtomicLong()));
        assertThat(byLabel).hasSize(10).isEqualTo(rows(bySizeThenLabel, false, new AtomicLong()));
        assertThat(columns.holds(SIZE)).isTrue();
        // 401 models qualify. Sorted by size then model, the walk stops at the tenth row (a model may give two rows,
        // one without an English label none); sorted by size then label, it reads every model of the tenth row's size
        // (sizes repeat: about seven models a size), and no further size
        assertThat(walkedByModel.get()).isBetween(5L, 12L);
        assertThat(walkedByLabel.get()).isGreaterThan(walkedByModel.get()).isLessThan(40L);
    }

    @Test
    void shouldRunAsPlannedWhenFewSubjectsQualifyOrTheValuesAreNotHeld() {
        AtomicLong walked = new AtomicLong();
        rows("SELECT ?m ?size { ?m ex:evaluatedOn ex:rare ; ex:size ?size } ORDER BY DESC(?size) LIMIT 3", true, walked);
        rows("SELECT ?m ?s { ?m ex:evaluatedOn ex:popular ; ex:score ?s } ORDER BY DESC(?s) LIMIT 3", true, walked);

        assertThat(walked.get()).isZero();
        assertThat(columns.holds(SIZE)).isTrue();
        assertThat(columns.holds(SCORE)).isFalse();
    }

    @Test
    void shouldSeeValuesWrittenAfterTheValuesWereFirstKept() {
        String query = "SELECT ?m { ?m ex:evaluatedOn ex:popular ; ex:size ?size } ORDER BY DESC(?size) LIMIT 1";
        assertThat(rows(query, true, new AtomicLong())).doesNotContain("<http://example.org/giant>");

        TrigStores.load(kb, PREFIXES + "ex:g3 { ex:giant ex:evaluatedOn ex:popular ; ex:size 99000000000 }");

        AtomicLong walked = new AtomicLong();
        assertThat(rows(query, true, walked)).containsExactly("<http://example.org/giant>");
        assertThat(walked.get()).isPositive();
    }

    @Test
    void shouldKeepOneValueWrittenAsTwoTermsApart() {
        // TDB2 keeps both numbers in their node ids with the same value bits; ORDER BY puts the two terms in an order
        TrigStores.load(kb, PREFIXES + "ex:g3 { ex:a ex:size 99000000001 . ex:b ex:size \"99000000001\"^^xsd:long }");
        String query = "SELECT ?m ?size { ?m ex:size ?size } ORDER BY DESC(?size) ?m LIMIT 2";
        rows(query, true, new AtomicLong());

        AtomicLong walked = new AtomicLong();
        assertThat(rows(query, true, walked)).containsExactlyInAnyOrder("<http://example.org/a> 99000000001",
                "<http://example.org/b> \"99000000001\"^^xsd:long").isEqualTo(rows(query, false, new AtomicLong()));
        assertThat(walked.get()).isPositive();
    }

    @Test
    void shouldPlanOnlyTopKsWhoseFirstKeyIsTheValueOfAProperty() {
        assertThat(plan("SELECT * { ?m ex:evaluatedOn ex:popular ; ex:size ?size } ORDER BY DESC(?size) LIMIT 10"))
                .contains("rankedScan");
        assertThat(plan("SELECT * { ?m ex:size ?size } ORDER BY ?m ?size LIMIT 10")).doesNotContain("rankedScan");
        assertThat(plan("SELECT * { ?m ex:size ?size } ORDER BY DESC(?size * 2) LIMIT 10")).doesNotContain("rankedScan");
        assertThat(plan("SELECT * { ?m ex:size ?size } ORDER BY DESC(?size)")).doesNotContain("rankedScan");
        assertThat(plan("SELECT * { GRAPH ?g { ?m ex:size ?size } } ORDER BY DESC(?size) LIMIT 3")).doesNotContain("rankedScan");
    }

    @Test
    void shouldAnswerLeaderboardsOnTheEndpointFromTheKeptValues() throws Exception {
        QueryExecutor executor = new QueryExecutor(kb, new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2));
        String query = PREFIXES + "SELECT ?m ?size { ?m ex:evaluatedOn ex:popular ; ex:size ?size }"
                + " ORDER BY DESC(?size) ?m LIMIT 3";
        String expected = rows(query, false, new AtomicLong()).get(0).split(" ")[0];

        assertThat(QueryExecutorTests.answer(executor, query).getContentAsString()).contains(unbracket(expected));
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!executor.valueColumns().holds(SIZE) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(executor.valueColumns().holds(SIZE)).isTrue();
        assertThat(QueryExecutorTests.answer(executor, query).getContentAsString()).contains(unbracket(expected));
    }

    private static String unbracket(String iri) {
        return iri.substring(1, iri.length() - 1);
    }

    /** The rows in the order the query gives them; with {@code ranked}, planned with the kept values. */
    List<String> rows(String query, boolean ranked, AtomicLong walked) {
        String text = query.startsWith("PREFIX") ? query : PREFIXES + query;
        return kb.read(ds -> {
            QueryExecBuilder exec = QueryExec.dataset(ds.asDatasetGraph());
            if (ranked) {
                exec = exec.set(ARQConstants.sysOptimizerFactory, ColumnScanPlanner.FACTORY)
                        .set(RankedScan.COLUMNS, columns).set(RankedScan.WALKED, walked);
            }
            return LabelScanTests.select(exec, text);
        });
    }

    static String plan(String query) {
        Op op = Algebra.compile(QueryFactory.create(PREFIXES + query));
        return ColumnScanPlanner.FACTORY.create(new Context()).rewrite(op).toString();
    }
}
