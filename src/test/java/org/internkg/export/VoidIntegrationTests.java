package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The VoID numbers against the same numbers asked differently: over the union default graph (which the store
 * computes) rather than over GRAPH patterns, and through the Jena API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("fixtures")
class VoidIntegrationTests {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node DATASET = NodeFactory.createURI(Ikg.NS);

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    private Graph description;

    @BeforeEach
    void download() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/void")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
        description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(description);
    }

    @Test
    void shouldCountWhatTheStoreHolds() {
        assertThat(number(DATASET, "triples")).isEqualTo(knowledgeBase.read(ds -> (long) ds.asDatasetGraph().getUnionGraph().size()));
        assertThat(number(DATASET, "triples")).isEqualTo(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(number(DATASET, "distinctSubjects")).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(number(DATASET, "properties")).isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"));
        assertThat(number(DATASET, "classes")).isEqualTo(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"));
        assertThat(number(DATASET, "entities")).isEqualTo(count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s) && STRSTARTS(STR(?c), "https://w3id.org/internkg/def/")) }"""));
        assertThat(number(DATASET, "entities")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldDescribeEveryNamedGraphAsASubsetWithItsSizeAndDocument() {
        List<Node> names = knowledgeBase.read(ds -> {
            List<Node> found = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(found::add);
            return found;
        });
        for (Node name : names) {
            assertThat(description.contains(DATASET, term("subset"), name)).as(name.getURI()).isTrue();
            long size = knowledgeBase.read(ds -> (long) ds.asDatasetGraph().getGraph(name).size());
            assertThat(number(name, "triples")).as(name.getURI()).isEqualTo(size);
        }
        assertThat(description.contains(NodeFactory.createURI(Ikg.SOURCE + "fixture-report"), Ikg.PROV_WAS_DERIVED_FROM,
                NodeFactory.createURI("https://example.org/fixture-report.pdf"))).isTrue();
    }

    @Test
    void shouldPointAtTheEndpointDumpsAndNamespaceOnTheConfiguredBase() {
        assertThat(description.contains(DATASET, RDF.type.asNode(), term("Dataset"))).isTrue();
        assertThat(description.contains(DATASET, term("sparqlEndpoint"), NodeFactory.createURI("https://kg.example.org/sparql"))).isTrue();
        assertThat(description.contains(DATASET, term("dataDump"), NodeFactory.createURI("https://kg.example.org/data?format=trig"))).isTrue();
        assertThat(description.contains(DATASET, term("dataDump"), NodeFactory.createURI("https://kg.example.org/data?format=nq"))).isTrue();
        assertThat(description.contains(DATASET, term("uriSpace"), NodeFactory.createLiteralString(Ikg.ID))).isTrue();
        assertThat(description.contains(DATASET, term("vocabulary"), Ikg.ONTOLOGY_GRAPH)).isTrue();
    }

    private long number(Node subject, String property) {
        var found = description.find(subject, term(property), Node.ANY).toList();
        assertThat(found).as(property + " of " + subject).hasSize(1);
        return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
    }

    private long count(String query) {
        return knowledgeBase.read(ds -> {
            try (QueryExecution execution = QueryExecution.dataset(ds).query(query).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(VOID + localName);
    }
}
