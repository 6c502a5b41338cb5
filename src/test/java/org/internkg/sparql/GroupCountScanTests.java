package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts per group worked out on node ids give exactly the groups and counts ARQ gives, statements stated in
 * several graphs counted once, and the endpoint answers a dashboard aggregate that way.
 */
class GroupCountScanTests {

    static final Path W3C = Path.of("src/test/resources/w3c/sparql/sparql11");
    static final List<String> W3C_GROUPS = List.of("aggregates", "grouping");

    static final String PREFIXES = """
            PREFIX ex: <http://example.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final String PER_STAGE = """
            SELECT ?stage ?label (COUNT(DISTINCT ?m) AS ?models) (COUNT(DISTINCT ?f) AS ?families) (COUNT(*) AS ?rows) {
              ?tool ex:servesStage ?stage ; ex:supportsModel ?m .
              ?m ex:family ?f .
              ?stage rdfs:label ?label FILTER(LANG(?label) = "en")
            } GROUP BY ?stage ?label""";

    /** The ecosystem below, made for the tests that use it (the W3C ones have their own store). */
    private KnowledgeBase kb;

    KnowledgeBase kb() {
        if (kb == null) {
            kb = TrigStores.inMemory(ecosystem(3_000, 11));
        }
        return kb;
    }

    @AfterEach
    void close() {
        if (kb != null) {
            kb.close();
        }
    }

    /**
     * Six stages labelled in English and Chinese, 60 tools serving one to three stages and supporting 1-200 models
     * each, 3,000 models in 150 families, sizes as integers written several ways, in two graphs: a tenth of the
     * support and family statements are stated in both.
     */
    static String ecosystem(int models, long seed) {
        Random random = new Random(seed);
        StringBuilder g1 = new StringBuilder("ex:g1 {\n");
        StringBuilder g2 = new StringBuilder("ex:g2 {\n");
        String[] stages = {"data", "pre-training", "fine-tuning", "deployment", "evaluation", "application"};
        for (String stage : stages) {
            g1.append("ex:").append(stage).append(" rdfs:label \"").append(stage).append("\"@en, \"阶段 ")
                    .append(stage).append("\"@zh .\n");
        }
        for (int t = 0; t < 60; t++) {
            int served = 1 + random.nextInt(3);
            for (int s = 0; s < served; s++) {
                g1.append("ex:tool").append(t).append(" ex:servesStage ex:").append(stages[random.nextInt(stages.length)]).append(" .\n");
            }
            int supported = 1 + random.nextInt(200);
            for (int k = 0; k < supported; k++) {
                String statement = "ex:tool" + t + " ex:supportsModel ex:m" + random.nextInt(models) + " .\n";
                g1.append(statement);
                if (random.nextInt(10) == 0) {
                    g2.append(statement);
                }
            }
        }
        for (int i = 0; i < models; i++) {
            String family = "ex:m" + i + " ex:family ex:f" + (i % 150) + " .\n";
            g1.append(family);
            if (i % 10 == 0) {
                g2.append(family);
            }
            String[] sizes = {"7", "\"007\"^^xsd:integer", "\"7\"^^xsd:int", "13", "1.5e9"};
            g1.append("ex:m").append(i).append(" ex:size ").append(sizes[i % sizes.length]).append(" .\n");
        }
        g1.append("ex:m1 ex:family ex:f7 .\n");
        return PREFIXES + g1 + "}\n" + g2 + "}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            PER_STAGE,
            "SELECT ?stage (COUNT(*) AS ?n) { ?tool ex:servesStage ?stage ; ex:supportsModel ?m } GROUP BY ?stage",
            "SELECT (COUNT(DISTINCT ?m) AS ?n) (COUNT(?f) AS ?rows) { ?tool ex:supportsModel ?m . ?m ex:family ?f }",
            "SELECT ?f (COUNT(?m) AS ?n) { ex:tool3 ex:supportsModel ?m . ?m ex:family ?f } GROUP BY ?f",
            "SELECT ?tool ?f (COUNT(*) AS ?n) { ?tool ex:supportsModel ?m . ?m ex:family ?f } GROUP BY ?tool ?f",
            "SELECT ?size (COUNT(*) AS ?n) (COUNT(DISTINCT ?m) AS ?d) { ?m ex:size ?size } GROUP BY ?size",
            "SELECT ?size (COUNT(DISTINCT ?f) AS ?n) { ?m ex:size ?size ; ex:family ?f FILTER(?size > 10) } GROUP BY ?size",
            "SELECT ?stage (COUNT(*) AS ?n) { ?tool ex:servesStage ?stage ; ex:supportsModel ?m . ?m ex:family ?f"
                    + " FILTER(?f != ex:f3 && STR(?m) < STR(?tool)) } GROUP BY ?stage",
            "SELECT ?stage (COUNT(*) AS ?n) { ?tool ex:servesStage ?stage ; ex:supportsModel ?m } GROUP BY ?stage"
                    + " HAVING (COUNT(*) > 1000)",
            "SELECT ?stage ?n { ?stage rdfs:label \"data\"@en . { SELECT ?stage (COUNT(*) AS ?n) {"
                    + " ?tool ex:servesStage ?stage } GROUP BY ?stage } }",
    })
    void shouldGiveExactlyTheCountsOfArq(String query) {
        AtomicLong counted = new AtomicLong();
        List<String> scanned = rows(query, true, counted);
        assertThat(scanned).isNotEmpty().containsExactlyInAnyOrderElementsOf(rows(query, false, new AtomicLong()));
        assertThat(counted.get()).as("rows counted on node ids").isPositive();
    }

    @Test
    void shouldCountNothingWhereNothingMatches() {
        AtomicLong counted = new AtomicLong();
        assertThat(rows("SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?x) AS ?d) { ?m ex:unknownProperty ?x }", true, counted))
                .containsExactly("0 0");
        assertThat(rows("SELECT ?x (COUNT(*) AS ?n) { ?m ex:unknownProperty ?x } GROUP BY ?x", true, counted)).isEmpty();
        assertThat(rows("SELECT (COUNT(*) AS ?n) { ?m ex:size ?s ; ex:family ex:f1 FILTER(?s > 1e12) }", true, counted))
                .containsExactly("0");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ex:unknownProperty ?x }")).contains("groupCountScan");
    }

    @Test
    void shouldGiveTheCountsOfArqOnRandomJoins() {
        // each pattern shares a variable with one before it, so that no query is a cross product ARQ takes minutes on
        String[] patterns = {"?t ex:servesStage ?s", "?t ex:supportsModel ?m", "?m ex:family ?f", "?m ex:size ?z",
                "?s rdfs:label ?l", "?u ex:supportsModel ?m", "ex:tool3 ex:supportsModel ?m", "?m ex:family ex:f7",
                "?u ex:servesStage ?s"};
        String[][] filters = {{"?l", "LANG(?l) = 'en'"}, {"?z", "?z > 10"}, {"?f", "?f != ex:f3"},
                {"?m", "STR(?m) < 'http://example.org/m2'"}, {"?u", "?u != ?t"}};
        Random random = new Random(5);
        int planned = 0;
        for (int q = 0; q < 100; q++) {
            List<String> chosen = new ArrayList<>(List.of(patterns[random.nextInt(patterns.length)]));
            for (int k = 2 + random.nextInt(3), tries = 0; chosen.size() < k && tries < 100; tries++) {
                String p = patterns[random.nextInt(patterns.length)];
                boolean joins = java.util.Arrays.stream(p.split(" ")).anyMatch(w -> w.startsWith("?")
                        && chosen.stream().anyMatch(c -> java.util.Arrays.asList(c.split(" ")).contains(w)));
                if (joins && !chosen.contains(p)) {
                    chosen.add(p);
                }
            }
            String where = String.join(" . ", chosen);
            List<String> vars = java.util.Arrays.stream(where.split("[ .]+")).filter(w -> w.startsWith("?")).distinct().toList();
            StringBuilder query = new StringBuilder("SELECT");
            List<String> keys = vars.stream().filter(v -> random.nextInt(3) == 0).limit(2).toList();
            keys.forEach(k -> query.append(' ').append(k));
            query.append(" (COUNT(*) AS ?rows) (COUNT(DISTINCT ").append(vars.get(random.nextInt(vars.size())))
                    .append(") AS ?distinct) { ").append(where);
            for (String[] f : filters) {
                boolean bound = vars.containsAll(java.util.Arrays.stream(f[1].split("[ ()!=<>']+"))
                        .filter(w -> w.startsWith("?")).toList());
                if (bound && random.nextInt(3) == 0) {
                    query.append(" FILTER(").append(f[1]).append(')');
                }
            }
            query.append(" }").append(keys.isEmpty() ? "" : " GROUP BY " + String.join(" ", keys));
            String text = query.toString();
            planned += plan(text).contains("groupCountScan") ? 1 : 0;
            assertThat(rows(text, true, new AtomicLong())).as(text)
                    .containsExactlyInAnyOrderElementsOf(rows(text, false, new AtomicLong()));
        }
        assertThat(planned).as("random queries planned with count scans").isGreaterThan(80);
    }

    @Test
    void shouldCountAStatementStatedInTwoGraphsOnce() {
        TrigStores.load(kb(), PREFIXES + "ex:g3 { ex:tool0 ex:supportsModel ex:only . ex:only ex:family ex:f0 }"
                + " ex:g4 { ex:tool0 ex:supportsModel ex:only . ex:only ex:family ex:f0 }");
        String query = "SELECT (COUNT(*) AS ?n) { ex:tool0 ex:supportsModel ?m . ?m ex:family ex:f0 }";

        List<String> scanned = rows(query, true, new AtomicLong());

        assertThat(scanned).isEqualTo(rows(query, false, new AtomicLong()));
        assertThat(rows("SELECT (COUNT(*) AS ?n) { ex:tool0 ex:supportsModel ex:only . ex:only ex:family ?f }", true,
                new AtomicLong())).containsExactly("1");
    }

    @Test
    void shouldGoOnLookingUpAPatternTooLargeToReadWhole() {
        // 1,100 supported models met one by one in a property of 20,000 statements: after 1,024 lookups reading the
        // property whole would cost more than the 76 lookups to come, so the read stops part way and lookups go on
        StringBuilder data = new StringBuilder(PREFIXES + "ex:g1 {\n");
        for (int i = 0; i < 20_000; i++) {
            data.append("ex:m").append(i).append(" ex:tag ex:t").append(i % 97).append(" .\n");
            if (i % 18 == 0 && i < 19_800) {
                data.append("ex:hub ex:supports ex:m").append(i).append(" .\n");
            }
        }
        TrigStores.load(kb(), data.append("}\n").toString());
        String query = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?t) AS ?d) { ex:hub ex:supports ?m . ?m ex:tag ?t }";
        AtomicLong counted = new AtomicLong();

        assertThat(rows(query, true, counted)).containsExactly("1100 97").isEqualTo(rows(query, false, new AtomicLong()));
        assertThat(counted.get()).isEqualTo(1100);
    }

    @Test
    void shouldPlanOnlyCountsOverOneJoinedBasicPattern() {
        assertThat(plan(PER_STAGE)).contains("groupCountScan");
        assertThat(plan("SELECT (SUM(?s) AS ?n) { ?m ex:size ?s }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(DISTINCT *) AS ?n) { ?m ex:size ?s }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT ?k (COUNT(*) AS ?n) { ?m ex:size ?s } GROUP BY (STR(?s) AS ?k)")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ex:size ?s . ?t ex:family ?f }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ?p ?s }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ex:size ?s FILTER(RAND() < ?s) }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ex:size ?s FILTER EXISTS { ?m ex:family ?f } }"))
                .doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?m ex:size ?s } }")).doesNotContain("groupCountScan");
        assertThat(plan("SELECT (COUNT(*) AS ?n) { ?m ex:size ?s OPTIONAL { ?m ex:family ?f } }"))
                .doesNotContain("groupCountScan");
    }

    @Test
    void shouldAnswerADashboardAggregateOnTheEndpointOnNodeIds() throws Exception {
        QueryExecutor executor = new QueryExecutor(kb(), new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2));
        String query = PREFIXES + PER_STAGE + " ORDER BY DESC(?models) LIMIT 1";
        String[] expected = rows(query, false, new AtomicLong()).get(0).split(" ");

        String json = QueryExecutorTests.answer(executor, query).getContentAsString();

        assertThat(json).contains(expected[0].substring(1, expected[0].length() - 1))
                .contains("\"value\":\"" + expected[2] + "\"");
    }

    /** The W3C SPARQL 1.1 aggregate and grouping queries (in src/test/resources/w3c, see its README for the licence). */
    static List<Path> w3cQueries() throws IOException {
        List<Path> queries = new ArrayList<>();
        for (String group : W3C_GROUPS) {
            try (Stream<Path> files = Files.list(W3C.resolve(group))) {
                files.filter(f -> f.toString().endsWith(".rq") && isSelect(f)).sorted().forEach(queries::add);
            }
        }
        return queries;
    }

    /** Whether the file is a SELECT query (the groups also hold ASK queries and queries that must not parse). */
    private static boolean isSelect(Path file) {
        try {
            return QueryFactory.create(Files.readString(file)).isSelectType();
        } catch (IOException | QueryException e) {
            return false;
        }
    }

    /** Every data file of those groups, each in its own graph: the union holds them all. */
    static KnowledgeBase w3cStore() throws IOException {
        KnowledgeBase store = KnowledgeBase.inMemory();
        for (String group : W3C_GROUPS) {
            try (Stream<Path> files = Files.list(W3C.resolve(group))) {
                for (Path data : files.filter(f -> f.toString().endsWith(".ttl") && !f.endsWith("manifest.ttl")).toList()) {
                    Graph graph = RDFParser.source(data).lang(Lang.TURTLE).toGraph();
                    store.write(ds -> ds.asDatasetGraph().addGraph(NodeFactory.createURI(data.toUri().toString()), graph));
                }
            }
        }
        return store;
    }

    @ParameterizedTest
    @MethodSource("w3cQueries")
    void shouldGiveTheCountsOfArqOnTheW3cAggregateAndGroupingQueries(Path file) throws IOException {
        String query = Files.readString(file);
        try (KnowledgeBase store = w3cStore()) {
            assertThat(rows(store, query, true, new AtomicLong()))
                    .containsExactlyInAnyOrderElementsOf(rows(store, query, false, new AtomicLong()));
        }
    }

    @Test
    void shouldPlanSomeOfTheW3cAggregateQueries() throws IOException {
        long planned = 0;
        for (Path file : w3cQueries()) {
            String text = Files.readString(file);
            planned += ColumnScanPlanner.FACTORY.create(new Context()).rewrite(Algebra.compile(QueryFactory.create(text)))
                    .toString().contains("groupCountScan") ? 1 : 0;
        }
        assertThat(planned).as("W3C queries planned with count scans").isGreaterThanOrEqualTo(4);
    }

    /** The rows the query gives; with {@code scanned}, planned with count scans, adding the rows counted to {@code counted}. */
    List<String> rows(String query, boolean scanned, AtomicLong counted) {
        return rows(kb(), query.startsWith("PREFIX") ? query : PREFIXES + query, scanned, counted);
    }

    static List<String> rows(KnowledgeBase store, String text, boolean scanned, AtomicLong counted) {
        return store.read(ds -> {
            QueryExecBuilder exec = QueryExec.dataset(ds.asDatasetGraph());
            if (scanned) {
                exec = exec.set(ARQConstants.sysOptimizerFactory, ColumnScanPlanner.FACTORY)
                        .set(GroupCountScan.COUNTED, counted);
            }
            return LabelScanTests.select(exec, text);
        });
    }

    static String plan(String query) {
        return ColumnScanPlanner.FACTORY.create(new Context())
                .rewrite(Algebra.compile(QueryFactory.create(PREFIXES + query))).toString();
    }
}
