package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.internkg.format.Format;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("fixtures")
class GraphStoreIntegrationTests {

    private static final String REPORT = Ikg.SOURCE + "fixture-report";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    static Stream<Arguments> selectorsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (Format format : List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ)) {
            cases.add(Arguments.of("default", format));
            cases.add(Arguments.of("graph=" + encode(REPORT), format));
        }
        for (Format format : List.of(Format.TRIG, Format.NQ, Format.JSONLD)) {
            cases.add(Arguments.of("", format));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "?{0} as {1}")
    @MethodSource("selectorsAndFormats")
    void shouldAnswerEverySelectorInEverySyntaxThatParsesBack(String selector, Format format) throws Exception {
        HttpResponse<String> byParameter = get("/data?" + selector + "&format=" + format.formatName(), null);
        HttpResponse<String> byAccept = get("/data?" + selector, format.mediaType());

        for (HttpResponse<String> response : List.of(byParameter, byAccept)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(format.mediaType());
            assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
            DatasetGraph parsed = parse(response.body(), format);
            assertThat(parsed.find().hasNext()).as("a non-empty answer").isTrue();
        }
    }

    @Test
    void shouldDownloadEveryNamedGraphAsTurtleIsomorphicToTheStore() throws Exception {
        List<Node> names = knowledgeBase.read(ds -> {
            List<Node> found = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(found::add);
            return found;
        });
        assertThat(names).contains(NodeFactory.createURI(REPORT), Ikg.ONTOLOGY_GRAPH);
        for (Node name : names) {
            HttpResponse<String> response = get("/data?graph=" + encode(name.getURI()), "text/turtle");
            assertThat(response.statusCode()).as(name.getURI()).isEqualTo(200);
            Graph downloaded = parse(response.body(), Format.TTL).getDefaultGraph();
            assertThat(downloaded.isIsomorphicWith(storeGraph(name))).as("graph <%s> round trip", name.getURI()).isTrue();
        }
    }

    @Test
    void shouldDownloadTheDefaultGraphAsTheUnionOfAllGraphs() throws Exception {
        Graph downloaded = parse(get("/data?default", "application/n-triples").body(), Format.NT).getDefaultGraph();
        Graph union = knowledgeBase.read(ds -> copy(ds.asDatasetGraph().getUnionGraph()));
        assertThat(downloaded.isIsomorphicWith(union)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq"})
    void shouldKeepTheNamedGraphsInAWholeDatasetRoundTrip(String format) throws Exception {
        DatasetGraph downloaded = parse(get("/data?format=" + format, null).body(), Format.byName(format));
        Set<Node> storeNames = knowledgeBase.read(ds -> {
            Set<Node> found = new HashSet<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(found::add);
            return found;
        });
        Set<Node> downloadedNames = new HashSet<>();
        downloaded.listGraphNodes().forEachRemaining(downloadedNames::add);
        assertThat(downloadedNames).isEqualTo(storeNames);
        for (Node name : storeNames) {
            assertThat(downloaded.getGraph(name).isIsomorphicWith(storeGraph(name))).as(name.getURI()).isTrue();
        }
    }

    @Test
    void shouldKeepTheGraphNameWhenANamedGraphIsDownloadedAsTrig() throws Exception {
        DatasetGraph downloaded = parse(get("/data?graph=" + encode(REPORT) + "&format=trig", null).body(), Format.TRIG);
        assertThat(downloaded.getGraph(NodeFactory.createURI(REPORT)).isIsomorphicWith(storeGraph(NodeFactory.createURI(REPORT)))).isTrue();
    }

    @Test
    void shouldNameDownloadsAfterTheGraphAndTheSyntax() throws Exception {
        assertThat(disposition("/data?graph=" + encode(REPORT) + "&format=ttl")).isEqualTo("attachment; filename=\"internkg-fixture-report.ttl\"");
        assertThat(disposition("/data?graph=" + encode(Ikg.DEF) + "&format=rdfxml")).isEqualTo("attachment; filename=\"internkg-ontology.rdf\"");
        assertThat(disposition("/data?default&format=nt")).isEqualTo("attachment; filename=\"internkg-default.nt\"");
        assertThat(disposition("/data")).isEqualTo("attachment; filename=\"internkg-dataset.trig\"");
    }

    @Test
    void shouldAnswerNotFoundInPlainTextForAnUnknownGraph() throws Exception {
        HttpResponse<String> response = get("/data?graph=" + encode(Ikg.SOURCE + "no-such-source"), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(response.body()).contains("no-such-source");
        assertThat(get("/data?graph=" + encode("urn:x-arq:UnionGraph"), null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default&graph=https%3A%2F%2Fw3id.org%2Finternkg%2Fdef%2F", "graph=not%20an%20iri", "graph=relative/name",
            "format=csv", "format=yaml"})
    void shouldRejectBadRequests(String query) throws Exception {
        HttpResponse<String> response = get("/data?" + query, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void shouldRefuseWritesWithTheAllowedMethods(String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/data?graph=" + encode(REPORT)))
                .method(method, HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).header("Content-Type", "text/turtle").build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void shouldAnswerNotAcceptableWhenNoOfferedSyntaxIsAccepted() throws Exception {
        assertThat(get("/data?default", "application/pdf").statusCode()).isEqualTo(406);
        // A whole dataset has named graphs, which Turtle cannot carry.
        assertThat(get("/data", "text/turtle").statusCode()).isEqualTo(406);
    }

    @Test
    void shouldAnswerNotModifiedForTheCurrentEntityTag() throws Exception {
        HttpResponse<String> first = get("/data?graph=" + encode(REPORT), "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(uri("/data?graph=" + encode(REPORT))).header("Accept", "text/turtle")
                .header("If-None-Match", etag).build();
        HttpResponse<String> second = CLIENT.send(again, HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(get("/data?graph=" + encode(REPORT), "application/n-triples").headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void shouldAllowCrossOriginReads() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/data?default")).header("Origin", "https://elsewhere.example").build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void shouldAnswerHeadWithTheHeadersOnly() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/data?graph=" + encode(REPORT))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
        assertThat(response.body()).isEmpty();
    }

    private String disposition(String path) throws Exception {
        return get(path, null).headers().firstValue("Content-Disposition").orElseThrow();
    }

    private Graph storeGraph(Node name) {
        return knowledgeBase.read(ds -> copy(ds.asDatasetGraph().getGraph(name)));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static DatasetGraph parse(String body, Format format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, format.lang()).parse(dsg);
        return dsg;
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
