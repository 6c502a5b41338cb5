package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** DESCRIBE of named resources read once from the store gives exactly what ARQ's describe handler gives. */
class UnionDescribeTests {

    static final String PREFIXES = """
            PREFIX ex: <http://example.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static final long MINUTE = 60_000_000_000L;

    /** Fan-out of the hub: more statements than are read between two looks at the clock. */
    static final int HUB_MODELS = 6_000;

    /**
     * A hub tool supporting 6,000 models, a tenth of them stated in both graphs; a model with a blank-node chain
     * (source → licence → note), a blank node reached from two resources and a cycle of blank nodes; numbers written
     * as different terms; statements in the store's own default graph (which ARQ's handler reads too).
     */
    static final String STORE = PREFIXES + """
            ex:hub ex:inDefaultGraphOnly "outside the union" .
            ex:m2 ex:source _:src .
            ex:g1 {
              ex:hub rdfs:label "Hub"@en, "枢纽"@zh ; ex:size 7, "7"^^xsd:int, "007"^^xsd:integer .
              ex:m1 ex:source _:src ; ex:shared _:both ; ex:loop _:a .
              _:src ex:licence _:lic ; ex:url <https://example.org/card> .
              _:lic ex:note "Apache-2.0" ; ex:next [ ex:deep true ] .
              _:both ex:seenFrom ex:m1, ex:m2 .
              _:a ex:next _:b .
              _:b ex:next _:a ; ex:label "b" .
            %s}
            ex:g2 {
              ex:hub rdfs:label "Hub"@en .
              ex:m2 ex:shared _:both .
              _:src ex:also "stated in the second graph" .
            %s}
            """;

    private final KnowledgeBase kb = TrigStores.inMemory(store());

    static String store() {
        StringBuilder g1 = new StringBuilder();
        StringBuilder g2 = new StringBuilder();
        for (int i = 0; i < HUB_MODELS; i++) {
            g1.append("ex:hub ex:supportsModel ex:model").append(i).append(" .\n");
            if (i % 10 == 0) {
                g2.append("ex:hub ex:supportsModel ex:model").append(i).append(" .\n");
            }
        }
        return STORE.formatted(g1, g2);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DESCRIBE ex:hub",
            "DESCRIBE ex:m1",
            "DESCRIBE ex:m2 ex:m1 ex:hub",
            "DESCRIBE ex:nothing",
            "DESCRIBE <http://example.org/m2> WHERE {}",
    })
    void shouldGiveWhatArqsDescribeGives(String describe) {
        Query query = QueryFactory.create(PREFIXES + describe);
        assertThat(UnionDescribe.handles(query)).isTrue();
        kb.read(ds -> {
            Graph arq = QueryExec.dataset(ds.asDatasetGraph()).query(query).describe();
            Graph ours = UnionDescribe.describe(query, ds.asDatasetGraph(), System.nanoTime() + MINUTE);
            assertThat(ours.size()).isEqualTo(arq.size());
            assertThat(ours.isIsomorphicWith(arq)).isTrue();
            assertThat(ours.getPrefixMapping().getNsPrefixMap()).isEqualTo(arq.getPrefixMapping().getNsPrefixMap());
            return null;
        });
    }

    @Test
    void shouldGiveEachStatementOnceWithTheBlankNodesOfItsGraphs() {
        kb.read(ds -> {
            Graph hub = described(ds, "DESCRIBE ex:hub");
            // the models, two labels, two sizes (TDB2 keeps "007"^^xsd:integer as 7; "7"^^xsd:int is another term),
            // the statement in the store's default graph
            assertThat(hub.size()).isEqualTo(HUB_MODELS + 2 + 2 + 1);

            Graph m1 = described(ds, "DESCRIBE ex:m1");
            // m1's 3; in g1 the source's 2 (not its statement in g2, where m1 is not described), the licence's 2, the
            // deep node's 1, the shared node's 2, the cycle's 3
            assertThat(m1.size()).isEqualTo(3 + 2 + 2 + 1 + 2 + 3);

            Graph m2 = described(ds, "DESCRIBE ex:m2");
            // the shared node in g2 and the source in the default graph, neither followed: their statements are in
            // other graphs
            assertThat(m2.size()).isEqualTo(2);
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DESCRIBE ?m WHERE { ex:hub ex:supportsModel ?m } LIMIT 2",
            "DESCRIBE * WHERE { ?s ex:shared ?o }",
            "DESCRIBE ex:hub WHERE { ?s ex:shared ?o }",
            "DESCRIBE ex:hub ?o WHERE { ex:m1 ex:shared ?o }",
            "DESCRIBE ex:hub FROM ex:g2",
            "SELECT * { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    })
    void shouldLeaveDescribesWithAPatternOrVariablesToArq(String query) {
        assertThat(UnionDescribe.handles(QueryFactory.create(PREFIXES + query))).isFalse();
    }

    @Test
    void shouldStopAtTheDeadline() {
        Query query = QueryFactory.create(PREFIXES + "DESCRIBE ex:hub");
        kb.read(ds -> {
            assertThatThrownBy(() -> UnionDescribe.describe(query, ds.asDatasetGraph(), System.nanoTime() - 1))
                    .isInstanceOf(QueryCancelledException.class);
            return null;
        });
    }

    @Test
    void shouldDescribeOnlyTheGraphsTheRequestNames() {
        Graph answer = answer("DESCRIBE ex:hub", List.of("http://example.org/g2"), Format.NT);

        // g2's label and its tenth of the models
        assertThat(answer.size()).isEqualTo(1 + HUB_MODELS / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TTL", "NT", "JSONLD", "RDFXML"})
    void shouldAnswerADescribeOnTheEndpointInEverySyntax(String syntax) {
        Graph answer = answer("DESCRIBE ex:m1 ex:hub", List.of(), Format.valueOf(syntax));

        kb.read(ds -> {
            Graph arq = QueryExec.dataset(ds.asDatasetGraph()).query(PREFIXES + "DESCRIBE ex:m1 ex:hub").describe();
            assertThat(answer.isIsomorphicWith(arq)).isTrue();
            return null;
        });
        assertThat(answer.size()).isEqualTo(HUB_MODELS + 5 + 13);
    }

    private static Graph described(Dataset ds, String describe) {
        return UnionDescribe.describe(QueryFactory.create(PREFIXES + describe), ds.asDatasetGraph(),
                System.nanoTime() + MINUTE);
    }

    /** The endpoint's answer to the query over the request's default graphs (none: the store), read back as a graph. */
    private Graph answer(String describe, List<String> defaultGraphs, Format format) {
        QueryExecutor executor = new QueryExecutor(kb, new QueryProperties(Duration.ofSeconds(10), 100_000, 1000L, 2));
        var validated = new QueryPolicy(new QueryProperties(Duration.ofMinutes(5), 100_000, 1000L, 1))
                .validate(new ProtocolRequest(PREFIXES + describe, defaultGraphs, List.of(), null, Set.of()));
        var response = new MockHttpServletResponse();

        executor.execute(validated, format, response);

        assertThat(response.getStatus()).isEqualTo(200);
        return RDFParser.create().source(new ByteArrayInputStream(response.getContentAsByteArray()))
                .lang(format.lang()).toGraph();
    }
}
