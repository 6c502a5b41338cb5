package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.internkg.format.Format;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SPARQL 1.1 Protocol tests (w3c/rdf-tests sparql11/protocol) for a read-only service, on the W3C protocol
 * graphs and a small InternKG fixture, with a real HTTP client, Jena's HTTP client and curl.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "internkg.store.additional-data=classpath:w3c/protocol-testdata.trig,classpath:fixtures/sample.trig",
        "internkg.store.validate-on-start=false",
        "internkg.public-base-url=https://kg.example.org/",
        "internkg.query.max-length=2000"})
class SparqlProtocolIntegrationTests {

    static final String D1 = "http://kasei.us/2009/09/sparql/data/data1.rdf";
    static final String D2 = "http://kasei.us/2009/09/sparql/data/data2.rdf";
    static final String D3 = "http://kasei.us/2009/09/sparql/data/data3.rdf";
    static final String COUNT_DOCS = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(?d) AS ?n) { ?d a foaf:Document }";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    String endpoint() {
        return "http://localhost:" + port + "/sparql";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String rawQueryString, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint() + (rawQueryString.isEmpty() ? "" : "?" + rawQueryString))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint())).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static ResultSet results(HttpResponse<String> response) {
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getResultSet();
    }

    static int count(HttpResponse<String> response) {
        return results(response).next().getLiteral("n").getInt();
    }

    @Test
    void queryGet() throws Exception {
        var r = get("query=" + enc("ASK {}"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+json"));
        assertThat(r.body()).contains("\"boolean\"");
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
    }

    @Test
    void queryPostForm() throws Exception {
        var r = post("application/x-www-form-urlencoded", "query=" + enc(COUNT_DOCS));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(count(r)).as("default graph is the union of the store's graphs").isEqualTo(3);
    }

    @Test
    void queryPostDirect() throws Exception {
        var r = post("application/sparql-query", COUNT_DOCS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(count(r)).isEqualTo(3);
    }

    @Test
    void queryDatasetDefaultGraph() throws Exception {
        assertThat(count(get("query=" + enc(COUNT_DOCS) + "&default-graph-uri=" + enc(D1)))).isEqualTo(1);
    }

    @Test
    void queryDatasetDefaultGraphs() throws Exception {
        var r = post("application/sparql-query", COUNT_DOCS);
        assertThat(count(get("query=" + enc(COUNT_DOCS) + "&default-graph-uri=" + enc(D1) + "&default-graph-uri=" + enc(D2)))).isEqualTo(2);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void queryDatasetDefaultGraphsOnDirectPost() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "?default-graph-uri=" + enc(D1) + "&default-graph-uri=" + enc(D3)))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(COUNT_DOCS)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count(r)).isEqualTo(2);
    }

    @Test
    void queryNamedGraphs() throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        var r = get("query=" + enc(q) + "&named-graph-uri=" + enc(D1) + "&named-graph-uri=" + enc(D2));
        assertThat(count(r)).isEqualTo(2);
        assertThat(count(get("query=" + enc(COUNT_DOCS) + "&named-graph-uri=" + enc(D1))))
                .as("only named graphs given: the default graph is empty").isZero();
    }

    @Test
    void queryMultipleDataset() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o GRAPH ?g { ?x ?y ?z } }";
        var r = post("application/x-www-form-urlencoded", "query=" + enc(q) + "&default-graph-uri=" + enc(D1)
                + "&named-graph-uri=" + enc(D2) + "&named-graph-uri=" + enc(D3));
        assertThat(count(r)).isEqualTo(2);
    }

    @Test
    void fromInTheQueryNamesStoreGraphsOnly() throws Exception {
        String q = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(?d) AS ?n) FROM <" + D2 + "> FROM <http://example.invalid/remote.ttl> { ?d a foaf:Document }";
        assertThat(count(get("query=" + enc(q)))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json|application/sparql-results+json", "application/sparql-results+xml|application/sparql-results+xml",
            "text/csv|text/csv", "text/tab-separated-values|text/tab-separated-values", "*/*|application/sparql-results+json"})
    void queryContentTypeSelect(String acceptAndExpected) throws Exception {
        String[] parts = acceptAndExpected.split("\\|");
        var r = get("query=" + enc("SELECT ?s { ?s ?p ?o } LIMIT 1"), "Accept", parts[0]);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(parts[1]);
    }

    @Test
    void queryContentTypeAsk() throws Exception {
        var r = get("query=" + enc("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+xml");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertThat(r.body()).contains("<boolean>true</boolean>");
    }

    @ParameterizedTest
    @EnumSource(names = {"TTL", "NT", "JSONLD", "RDFXML", "TRIG", "NQ"})
    void constructRoundTripsInEveryGraphFormat(Format format) throws Exception {
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/internkg/id/source/sample-report> { ?s ?p ?o } }";
        var r = get("query=" + enc(q), "Accept", format.mediaType());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType());
        Graph got = RDFParser.fromString(r.body(), format.lang()).toGraph();
        var direct = get("query=" + enc(q) + "&format=nt");
        Graph reference = RDFParser.fromString(direct.body(), Format.NT.lang()).toGraph();
        assertThat(got.size()).isEqualTo(6);
        assertThat(got.isIsomorphicWith(reference)).isTrue();
    }

    @Test
    void queryContentTypeDescribe() throws Exception {
        var r = get("query=" + enc("DESCRIBE <https://w3id.org/internkg/id/model/internlm2-7b>"));
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(RDFParser.fromString(r.body(), Format.TTL.lang()).toGraph().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        var r = get("query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1") + "&format=csv", "Accept", "application/sparql-results+json");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(get("query=" + enc("ASK {}") + "&format=ttl").statusCode()).isEqualTo(400);
    }

    @Test
    void notAcceptableIsPlainText406() throws Exception {
        var r = get("query=" + enc("ASK {}"), "Accept", "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    }

    @Test
    void badQueryMethod() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "?query=" + enc("ASK {}"))).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void badMultipleQueries() throws Exception {
        assertBad(get("query=" + enc("ASK {}") + "&query=" + enc("ASK {}")), 400, "more than one query");
    }

    @Test
    void badQueryWrongMediaType() throws Exception {
        assertBad(post("text/plain", "ASK {}"), 415, "Content-Type");
    }

    @Test
    void badQueryMissingFormType() throws Exception {
        assertBad(post(null, "query=" + enc("ASK {}")), 400, "Content-Type");
    }

    @Test
    void badQueryNonUtf8() throws Exception {
        assertBad(get("query=" + enc("ASK { ?s ?p \"") + "%FF%FE" + enc("\" }")), 400, "UTF-8");
        var body = http.send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'A', 'S', 'K', ' ', '{', (byte) 0xC3, '}'})).build(),
                HttpResponse.BodyHandlers.ofString());
        assertBad(body, 400, "UTF-8");
    }

    @Test
    void badQuerySyntaxNamesLineAndColumn() throws Exception {
        assertBad(get("query=" + enc("PREFIX : <http://example.org/>\nSELECT *\nWHERE { ?s ?p ?o ]")), 400, "Syntax error at line 3, column");
    }

    @Test
    void badUpdates() throws Exception {
        assertBad(get("update=" + enc("CLEAR ALL")), 400, "read-only");
        assertBad(post("application/x-www-form-urlencoded", "update=" + enc("INSERT DATA { <a:b> <a:c> <a:d> }")), 400, "read-only");
        assertBad(post("application/sparql-update", "DROP ALL"), 400, "read-only");
        assertBad(get("query=" + enc("LOAD <http://example.org/data.ttl>")), 400, "Update");
    }

    @Test
    void missingQueryWithOtherParameters() throws Exception {
        assertBad(get("default-graph-uri=" + enc(D1)), 400, "no query");
    }

    @Test
    void policyRefusesFederationAndCode() throws Exception {
        assertBad(get("query=" + enc("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")), 400, "SERVICE");
        assertBad(get("query=" + enc("SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }")), 400, "SERVICE");
        assertBad(get("query=" + enc("SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:8080/x> { ?s ?p ?o } } }")), 400, "SERVICE");
        assertBad(get("query=" + enc("SELECT (<java:org.example.Evil>(1) AS ?x) {}")), 400, "java:");
    }

    @Test
    void oversizeQueryIs413() throws Exception {
        assertBad(post("application/sparql-query", "ASK {} #" + "x".repeat(3000)), 413, "limit");
    }

    @Test
    void serviceDescription() throws Exception {
        var r = get("", "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph sd = RDFParser.fromString(r.body(), Format.TTL.lang()).toGraph();
        var m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(sd);
        String q = """
                PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
                ASK { <https://kg.example.org/sparql> a sd:Service ; sd:endpoint <https://kg.example.org/sparql> ;
                      sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph ;
                      sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ;
                      sd:defaultDataset ?d . ?d sd:defaultGraph ?dg ; sd:namedGraph [ sd:name <%s> ] ;
                      <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://kg.example.org/void> }""".formatted(D1);
        try (var qe = org.apache.jena.query.QueryExecution.model(m).query(q).build()) {
            assertThat(qe.execAsk()).as(r.body()).isTrue();
        }
        assertThat(get("format=jsonld").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    }

    @Test
    void etagRevalidationHeadAndCors() throws Exception {
        String qs = "query=" + enc("SELECT * { ?s ?p ?o } LIMIT 2");
        var first = get(qs, "Origin", "https://yasgui.example");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get(qs, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(qs + "&format=xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
        var head = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "?" + qs)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        var preflight = http.send(HttpRequest.newBuilder(URI.create(endpoint())).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void jenaHttpClient() {
        try (var qe = QueryExecutionHTTP.service(endpoint()).query(COUNT_DOCS).build()) {
            assertThat(qe.execSelect().next().getLiteral("n").getInt()).isEqualTo(3);
        }
        try (var qe = QueryExecutionHTTP.service(endpoint()).query("ASK { ?s ?p ?o }").build()) {
            assertThat(qe.execAsk()).isTrue();
        }
        try (var qe = QueryExecutionHTTP.service(endpoint()).query("CONSTRUCT { ?s a <https://w3id.org/internkg/def/Model> } "
                + "WHERE { GRAPH <https://w3id.org/internkg/id/source/sample-report> { ?s a <https://w3id.org/internkg/def/Model> } }").build()) {
            assertThat(qe.execConstruct().size()).isEqualTo(1);
        }
    }

    @Test
    void curlClient() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
        } catch (java.io.IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && probe.waitFor() == 0, "curl is not installed");
        Process curl = new ProcessBuilder("curl", "-sS", "-G", endpoint(), "--data-urlencode", "query=" + COUNT_DOCS,
                "-H", "Accept: application/sparql-results+json").start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).isZero();
        var rs = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8))).getResultSet();
        assertThat(rs.next().getLiteral("n").getInt()).isEqualTo(3);
    }

    @Test
    void unicodeSurvivesEveryResultFormat() throws Exception {
        String q = "SELECT ?l { <https://w3id.org/internkg/id/model/internlm2-7b> ?p ?l FILTER(lang(?l) = 'zh') }";
        for (String f : List.of("json", "xml", "csv", "tsv")) {
            assertThat(get("query=" + enc(q) + "&format=" + f).body()).contains("书生·浦语2-7B");
        }
    }

    static void assertBad(HttpResponse<String> r, int status, String reason) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.body()).contains(reason).doesNotContain("\tat ").doesNotContain("Exception");
    }

    static String text(ResultSet rs) {
        return ResultSetFormatter.asText(rs);
    }
}
