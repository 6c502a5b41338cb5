package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Label filters answered from the kept labels give exactly the rows ARQ gives scanning the store: same labels, same
 * forms (language, direction, datatype), each statement once however many graphs make it, in the same order.
 */
class LabelScanTests {

    static final String DATA = """
            PREFIX ex: <http://example.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            ex:g1 {
              ex:internlm2 a ex:Model ; rdfs:label "InternLM2-Chat-7B"@en, "书生·浦语2-对话-7B"@zh, "internlm2 chat"^^xsd:string .
              ex:xtuner a ex:Tool ; rdfs:label "XTuner"@en, "XTuner"@zh-Hans ; skos:altLabel "xtuner"@en .
              ex:odd a ex:Model ; rdfs:label 7, ex:notALiteral, "right to left"@ar--rtl, "2024-01-17"^^xsd:date .
            }
            ex:g2 {
              ex:internlm2 rdfs:label "InternLM2-Chat-7B"@en .
              ex:lmdeploy a ex:Tool ; rdfs:label "LMDeploy"@en, "lmdeploy internlm2"@en .
            }
            """;

    static final String PREFIXES = """
            PREFIX ex: <http://example.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    final KnowledgeBase kb = TrigStores.inMemory(DATA);
    final StoreColumns<LabelColumn> columns = labelColumns(kb, LabelColumn.MAX_STATEMENTS);

    @AfterEach
    void close() {
        kb.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'internlm2', 'i')) }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'nomatch', 'i')) }",
            "SELECT ?s ?l { ?s a ex:Model ; rdfs:label ?l FILTER(LANG(?l) = 'en' && STRSTARTS(LCASE(STR(?l)), 'intern')) }",
            "SELECT ?s ?l { ?s a ex:Tool ; a ex:Tool ; rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), 'zh')) }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(isIRI(?l) || isNumeric(?l) || DATATYPE(?l) = xsd:date) }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(DATATYPE(?l) = xsd:string) }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(LANGDIR(?l) = 'rtl') }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(CONTAINS(STR(?s), 'tuner') && LANG(?l) != '') }",
            "SELECT ?s ?l { ?s skos:altLabel ?l FILTER(STRLEN(?l) > 3) }",
            "SELECT (COUNT(*) AS ?n) { ?s rdfs:label ?l FILTER(STRLEN(STR(?l)) > 0) }",
            "SELECT ?s ?l { VALUES ?s { ex:xtuner ex:internlm2 } ?s rdfs:label ?l FILTER(LANG(?l) = 'en') }",
            "SELECT ?s ?l { ?s a ex:Tool OPTIONAL { ?s rdfs:label ?l FILTER(LANG(?l) = 'zh') } }",
            "SELECT ?g ?s ?l { GRAPH ?g { ?s rdfs:label ?l FILTER(REGEX(?l, 'chat', 'i')) } }",
            "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'a')) } ORDER BY ?l LIMIT 3",
    })
    void shouldAnswerLabelFiltersExactlyAsAScanOfTheStoreDoes(String query) {
        assertThat(rows(query, true)).isEqualTo(rows(query, false));
    }

    @Test
    void shouldAnswerARegexOverEveryLabelFromTheKeptLabels() {
        String query = "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'internlm2', 'i')) }";

        assertThat(scans(query)).isEqualTo(1);
        assertThat(rows(query, true)).containsExactlyInAnyOrder(
                "<http://example.org/internlm2> \"InternLM2-Chat-7B\"@en",
                "<http://example.org/internlm2> \"internlm2 chat\"",
                "<http://example.org/lmdeploy> \"lmdeploy internlm2\"@en");
        assertThat(columns.holds(RDFS.label.asNode())).isTrue();
        assertThat(scans(PREFIXES + "SELECT * { ?s a ex:Model ; rdfs:label ?l FILTER(LANG(?l) = 'en') }")).isEqualTo(1);
    }

    @Test
    void shouldLeaveFiltersInsideGraphsAndOnSubjectsBoundElsewhereToTheStore() {
        assertThat(scans(PREFIXES + "SELECT * { GRAPH ?g { ?s rdfs:label ?l FILTER(LANG(?l) = 'en') } }")).isZero();
        assertThat(scans(PREFIXES + "SELECT * { ?m ex:uses ?s . ?s rdfs:label ?l FILTER(LANG(?l) = 'en') }")).isZero();
        assertThat(scans(PREFIXES + "SELECT * { ?s rdfs:comment ?l FILTER(LANG(?l) = 'en') }")).isZero();
        assertThat(scans(PREFIXES + "SELECT * { ?s rdfs:label ?l FILTER(?s != ex:odd) }")).isZero();
    }

    @Test
    void shouldSeeLabelsWrittenAfterTheLabelsWereFirstKept() {
        String query = "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'opencompass', 'i')) }";
        assertThat(rows(query, true)).isEmpty();

        TrigStores.load(kb, PREFIXES + "ex:g3 { ex:opencompass rdfs:label \"OpenCompass\"@en }");

        assertThat(rows(query, true)).containsExactly("<http://example.org/opencompass> \"OpenCompass\"@en");
    }

    @Test
    void shouldScanTheStoreWhenAPropertyHasMoreLabelsThanAreKept() {
        StoreColumns<LabelColumn> small = labelColumns(kb, 3);
        String query = PREFIXES + "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'internlm2', 'i')) }";

        List<String> rows = kb.read(ds -> {
            assertThat(small.column(RDFS.label.asNode(), ds.asDatasetGraph())).isNull();
            return select(withLabelScans(QueryExec.dataset(ds.asDatasetGraph()), small), query);
        });

        assertThat(rows).isEqualTo(rows(query, false)).hasSize(3);
    }

    @Test
    void shouldServeLabelFiltersOnTheEndpointFromTheKeptLabelsOnlyOverTheWholeStore() throws Exception {
        var limits = new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2);
        QueryExecutor executor = new QueryExecutor(kb, limits);

        String fromOneGraph = QueryExecutorTests.answer(executor, PREFIXES
                + "SELECT ?l FROM ex:g2 { ?s rdfs:label ?l FILTER(REGEX(?l, 'internlm2', 'i')) }").getContentAsString();
        assertThat(fromOneGraph).contains("lmdeploy internlm2", "InternLM2-Chat-7B").doesNotContain("internlm2 chat");
        assertThat(executor.labelColumns().holds(RDFS.label.asNode())).isFalse();

        String overAll = PREFIXES + "SELECT ?l { ?s rdfs:label ?l FILTER(REGEX(?l, 'internlm2', 'i')) }";
        assertThat(QueryExecutorTests.answer(executor, overAll).getContentAsString())
                .contains("lmdeploy internlm2", "InternLM2-Chat-7B", "internlm2 chat");
        // the first such query starts reading the labels in the background and scans the store itself
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!executor.labelColumns().holds(RDFS.label.asNode()) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(executor.labelColumns().holds(RDFS.label.asNode())).isTrue();
        assertThat(QueryExecutorTests.answer(executor, overAll).getContentAsString())
                .contains("lmdeploy internlm2", "InternLM2-Chat-7B", "internlm2 chat");
    }

    @Test
    void shouldKeepTheLabelsOnceWarmedWithoutAQueryAndUseThemForTheNextFilter() {
        StoreColumns<LabelColumn> warmed = labelColumns(kb, LabelColumn.MAX_STATEMENTS);
        assertThat(warmed.holds(RDFS.label.asNode())).isFalse();
        warmed.warm(RDFS.label.asNode());
        assertThat(warmed.holds(RDFS.label.asNode())).isTrue();
        assertThat(warmed.holds(SKOS.prefLabel.asNode())).isFalse();
        LabelColumn column = kb.read(ds -> warmed.column(RDFS.label.asNode(), ds.asDatasetGraph()));
        assertThat(column).isNotNull();
    }

    @Test
    void shouldWarmTheLabelsOnTheEndpointOnlyWhenAskedTo() throws Exception {
        QueryExecutor warming = new QueryExecutor(kb, new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2));
        QueryExecutor cold = new QueryExecutor(kb, new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2,
                null, null, null, null, null, null, false));
        warming.warmLabels();
        cold.warmLabels();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!warming.labelColumns().holds(RDFS.label.asNode()) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(warming.labelColumns().holds(RDFS.label.asNode())).isTrue();
        assertThat(cold.labelColumns().holds(RDFS.label.asNode())).isFalse();
    }

    /** The rows in the order the query gives them, each as "term term …". */
    List<String> rows(String query, boolean labelScans) {
        String text = query.startsWith("PREFIX") ? query : PREFIXES + query;
        return kb.read(ds -> {
            QueryExecBuilder exec = QueryExec.dataset(ds.asDatasetGraph());
            return select(labelScans ? withLabelScans(exec, columns) : exec, text);
        });
    }

    /** Label columns read on the calling thread, inside its transaction. */
    static StoreColumns<LabelColumn> labelColumns(KnowledgeBase kb, int limit) {
        return new StoreColumns<>(kb.dataset().asDatasetGraph(), "Labels", LabelColumn::builder, limit,
                LabelColumn.PROPERTIES.size(), Runnable::run);
    }

    static QueryExecBuilder withLabelScans(QueryExecBuilder exec, StoreColumns<LabelColumn> columns) {
        return exec.set(ARQConstants.sysOptimizerFactory, ColumnScanPlanner.FACTORY).set(LabelScan.COLUMNS, columns);
    }

    static List<String> select(QueryExecBuilder exec, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec qe = exec.query(query).build()) {
            RowSet rowSet = qe.select();
            List<Var> vars = rowSet.getResultVars();
            rowSet.forEachRemaining((Binding b) -> rows.add(String.join(" ",
                    vars.stream().map(v -> b.contains(v) ? FmtUtils.stringForNode(b.get(v)) : "-").toList())));
        }
        return rows;
    }

    /** How many label scans the planner puts in the query's plan. */
    static int scans(String query) {
        String text = query.startsWith("PREFIX") ? query : PREFIXES + query;
        Op plan = ColumnScanPlanner.FACTORY.create(new Context()).rewrite(Algebra.compile(QueryFactory.create(text)));
        int[] count = {0};
        OpWalker.walk(plan, new OpVisitorBase() {
            @Override
            public void visit(OpExt opExt) {
                count[0] += opExt instanceof LabelScan ? 1 : 0;
            }
        });
        return count[0];
    }
}
