package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.internkg.InternKgApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * InternKG on a real Fuseki (remote mode) against InternKG on its embedded store, both holding the same data: every
 * request below must get the same answer from both, compared result by result (SPARQL results as result sets, RDF
 * as isomorphic datasets, JSON as trees without the revision). Then the store goes down and comes back.
 */
class RemoteStoreIntegrationTests {

    static final String TOKEN = "remote-store-token-0123456789";
    static final String ID = "https://w3id.org/internkg/id/";

    static FusekiStore fuseki;
    static ConfigurableApplicationContext embedded;
    static ConfigurableApplicationContext remote;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        fuseki = FusekiStore.withKnowledgeBase();
        embedded = app();
        remote = app("--internkg.store.mode=remote",
                "--internkg.store.remote.query-url=" + fuseki.datasetUrl() + "/query",
                "--internkg.store.remote.update-url=" + fuseki.datasetUrl() + "/update",
                "--internkg.store.remote.gsp-url=" + fuseki.datasetUrl() + "/data",
                "--internkg.store.remote.timeout=20s");
    }

    static ConfigurableApplicationContext app(String... args) {
        String[] all = Stream.concat(Stream.of("--server.port=0", "--server.address=127.0.0.1",
                "--internkg.store.validate-on-start=false", "--internkg.write.token=" + TOKEN), Stream.of(args)).toArray(String[]::new);
        return new SpringApplicationBuilder(InternKgApplication.class).run(all);
    }

    @AfterAll
    static void stop() {
        if (remote != null) {
            remote.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    static String base(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    HttpResponse<String> get(ConfigurableApplicationContext app, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(app) + path)).header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Stream<String> sparqlQueries() {
        return Stream.of(
                "SELECT ?model ?label WHERE { ?model a <https://w3id.org/internkg/def/Model> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                "SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p",
                "ASK { <" + ID + "tool/xtuner> ?p ?o }",
                "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(LCASE(STR(?l)), \"internlm\")) }");
    }

    @ParameterizedTest
    @MethodSource("sparqlQueries")
    void shouldAnswerSparqlQueriesAsTheEmbeddedStoreDoes(String query) throws Exception {
        String path = "/sparql?query=" + enc(query);
        HttpResponse<String> local = get(embedded, path, "application/sparql-results+json");
        HttpResponse<String> far = get(remote, path, "application/sparql-results+json");
        assertThat(far.statusCode()).as(far.body()).isEqualTo(200);
        assertThat(local.statusCode()).isEqualTo(200);
        if (query.startsWith("ASK")) {
            assertThat(far.body().replaceAll("\\s", "")).isEqualTo(local.body().replaceAll("\\s", ""));
            return;
        }
        ResultSetRewindable expected = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(local.body().getBytes(StandardCharsets.UTF_8))));
        ResultSetRewindable actual = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(far.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(actual.size()).as("rows").isEqualTo(expected.size()).isPositive();
        assertThat(ResultSetCompare.equalsByTerm(expected, actual)).as("same rows for " + query).isTrue();
    }

    static Stream<String> rdfPaths() {
        return Stream.of("/data", "/data?graph=" + enc(ID + "source/github-internlm-xtuner-tags"),
                "/id/tool/xtuner", "/id/model/internlm2-chat-7b", "/sparql?query="
                        + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/internkg/def/Model> ; ?p ?o }"));
    }

    @ParameterizedTest
    @MethodSource("rdfPaths")
    void shouldServeTheSameRdf(String path) throws Exception {
        HttpResponse<String> local = get(embedded, path, "application/n-quads, application/n-triples;q=0.9");
        HttpResponse<String> far = get(remote, path, "application/n-quads, application/n-triples;q=0.9");
        assertThat(far.statusCode()).as(path + ": " + far.body()).isEqualTo(local.statusCode());
        DatasetGraph expected = parse(local);
        DatasetGraph actual = parse(far);
        assertThat(actual.find().hasNext()).as(path + " has data: " + far.body()).isTrue();
        assertThat(canonical(actual)).as(path + " same quads").isEqualTo(canonical(expected));
    }

    /**
     * The quads as sorted lines with every blank node written as {@code _:b}: equal for equal data (the labels of
     * blank nodes differ between stores; a full isomorphism check of a dataset with hundreds of them does not end).
     */
    static List<String> canonical(DatasetGraph dsg) {
        List<String> lines = new java.util.ArrayList<>();
        dsg.find().forEachRemaining(q -> lines.add(Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .map(n -> n.isBlank() ? "_:b" : org.apache.jena.sparql.util.FmtUtils.stringForNode(n)).collect(java.util.stream.Collectors.joining(" "))));
        java.util.Collections.sort(lines);
        return lines;
    }

    static DatasetGraph parse(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(response.body()))
                .lang(type.contains("n-quads") ? Lang.NQUADS : Lang.NTRIPLES).parse(dsg);
        return dsg;
    }

    static Stream<String> apiPaths() {
        return Stream.of("/api/overview", "/api/search?q=xtuner", "/api/search?q=" + enc("书生"),
                "/api/resource?iri=" + enc(ID + "tool/xtuner"), "/api/resource?iri=" + enc(ID + "model/internlm2-chat-7b"),
                "/api/neighbourhood?iri=" + enc(ID + "tool/xtuner"),
                "/api/path?from=" + enc(ID + "technique/qlora") + "&to=" + enc(ID + "model/internlm2-chat-7b"),
                "/api/timeline", "/api/stages", "/api/matrix", "/api/resource?iri=" + enc(ID + "model/no-such-model"));
    }

    @ParameterizedTest
    @MethodSource("apiPaths")
    void shouldAnswerTheExplorerApiTheSame(String path) throws Exception {
        HttpResponse<String> local = get(embedded, path, "application/json");
        HttpResponse<String> far = get(remote, path, "application/json");
        assertThat(far.statusCode()).as(path + ": " + far.body()).isEqualTo(local.statusCode());
        assertThat(json(far.body())).as(path).isEqualTo(json(local.body()));
    }

    /** The JSON tree without revision numbers, which count writes per store and so differ between the two. */
    static JsonNode json(String body) {
        JsonNode tree = new ObjectMapper().readTree(body);
        strip(tree);
        return tree;
    }

    static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("revision");
        }
        node.forEach(RemoteStoreIntegrationTests::strip);
    }

    @Test
    void shouldRenderTheSameResourcePage() throws Exception {
        HttpResponse<String> local = get(embedded, "/id/tool/xtuner", "text/html");
        HttpResponse<String> far = get(remote, "/id/tool/xtuner", "text/html");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).isEqualTo(local.body()).contains("XTuner");
    }

    @Test
    void shouldReportTheStoreDownAsBadGatewayAndRecoverWhenItReturns() throws Exception {
        String query = "/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(get(remote, query, "application/sparql-results+json").statusCode()).isEqualTo(200);
        fuseki.stop();
        try {
            HttpResponse<String> sparql = get(remote, query, "application/sparql-results+json");
            assertThat(sparql.statusCode()).isEqualTo(502);
            assertThat(sparql.body()).contains("SPARQL store at http://127.0.0.1:", "not reachable").doesNotContain("Exception");

            HttpResponse<String> api = get(remote, "/api/resource?iri=" + enc(ID + "tool/xtuner"), "application/json");
            assertThat(api.statusCode()).isEqualTo(502);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(json(api.body()).get("detail").asString()).contains("not reachable");

            HttpResponse<String> page = get(remote, "/id/tool/xtuner", "text/html");
            assertThat(page.statusCode()).isEqualTo(502);
            assertThat(page.body()).contains("not reachable");

            HttpResponse<String> download = get(remote, "/data", "application/n-quads");
            assertThat(download.statusCode()).isEqualTo(502);
        } finally {
            fuseki.restart();
        }
        HttpResponse<String> back = get(remote, query, "application/sparql-results+json");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(get(remote, "/api/resource?iri=" + enc(ID + "tool/xtuner"), "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldValidateUploadsThenForwardThemAndMoveTheRevision() throws Exception {
        String graph = "https://w3id.org/internkg/id/source/remote-store-upload";
        String body = """
                @prefix ikg: <https://w3id.org/internkg/def/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a ikg:SourceDocument ; rdfs:label %s ;
                    prov:wasDerivedFrom <https://example.org/remote.md> ; ikg:retrievedOn "2026-11-28"^^xsd:date .
                """;
        KnowledgeBase kb = remote.getBean(KnowledgeBase.class);
        long before = kb.revision();
        long quads = fuseki.namedQuads();

        HttpResponse<String> invalid = put(graph, body.formatted(graph, "\"no English label\"@zh"));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(fuseki.namedQuads()).as("nothing reached the store").isEqualTo(quads);
        assertThat(kb.revision()).isEqualTo(before);

        HttpResponse<String> valid = put(graph, body.formatted(graph, "\"Remote upload\"@en"));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(201);
        assertThat(fuseki.namedQuads()).isEqualTo(quads + 4);
        assertThat(kb.revision()).as("a write moves the revision triple").isGreaterThan(before);
        HttpResponse<String> ask = get(remote, "/sparql?query=" + enc("ASK { GRAPH <" + graph + "> { ?s ?p \"Remote upload\"@en } }"),
                "application/sparql-results+json");
        assertThat(ask.body()).contains("true");

        HttpRequest delete = HttpRequest.newBuilder(URI.create(base(remote) + "/data?graph=" + enc(graph)))
                .header("Authorization", "Bearer " + TOKEN).DELETE().build();
        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(fuseki.namedQuads()).isEqualTo(quads);
    }

    HttpResponse<String> put(String graph, String turtle) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(remote) + "/data?graph=" + enc(graph)))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
