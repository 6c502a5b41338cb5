package org.internkg.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("fixtures")
class ResourcePageIntegrationTests {

    /** What a browser sends: HTML first, RDF/XML's application/xml lower, anything at the end. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** internkg.public-base-url in application-fixtures.properties. */
    private static final String BASE = "https://kg.example.org/";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final Node MODEL = NodeFactory.createURI(Ikg.ID + "model/fixture-7b");

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void shouldShowLabelsStatementsSourcesConfidenceAndDisputesOnAResourcePage() throws Exception {
        HttpResponse<String> response = get("/id/model/fixture-7b", BROWSER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
        String html = response.body();

        assertThat(html).contains("<h1 lang=\"en\">Fixture-7B</h1>", "<li lang=\"zh\">夹具-7B", "FX-7B", "A model made up for tests.");
        assertThat(html).contains("href=\"" + BASE + "def/FixtureModel\" lang=\"en\">Fixture model</a>");
        // Outgoing, with the predicate labelled from the TBox, its source graph, the original document and the confidence.
        assertThat(html).contains(">developed by (fixture)</a>", ">Fixture Lab</a>",
                "<a class=\"source\" href=\"" + BASE + "id/source/fixture-report\" lang=\"en\">Fixture technical report</a>",
                "href=\"https://example.org/fixture-report.pdf\"",
                "<span class=\"badge confidence confidence-medium\" title=\"Inferred from the author list.\">medium</span>");
        // Incoming.
        assertThat(html).contains("href=\"" + BASE + "id/model/fixture-chat\"", ">based on (fixture)</a>");
        // The disputed value: the primary one in the statement table, the reported one with its own source.
        assertThat(html).contains("<tr class=\"is-disputed\">", "<span class=\"literal\">7000000000</span>",
                "<span class=\"literal\">6800000000</span>", "class=\"badge disputed\"",
                "<a class=\"source\" href=\"" + BASE + "id/source/fixture-blog\" lang=\"en\">Fixture blog post</a>",
                "The blog rounds differently.");
        assertThat(html).contains("href=\"" + BASE + "id/model/fixture-7b.ttl\"", "href=\"" + BASE + "id/model/fixture-7b.jsonld\"",
                "href=\"" + BASE + "id/model/fixture-7b.rdf\"", "href=\"" + BASE + "?focus&#x3D;https%3A%2F%2Fw3id.org%2Finternkg%2Fid%2Fmodel%2Ffixture-7b\"");
        assertThat(html).doesNotContain("http://localhost").doesNotContain("<script").doesNotContain("https://cdn");
    }

    @Test
    void shouldShowDataAsTextNeverAsMarkup() throws Exception {
        String html = get("/id/model/fixture-xss", BROWSER).body();
        assertThat(html).contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;");
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>");
    }

    @Test
    void shouldNotLinkIrisABrowserShouldNotFollow() throws Exception {
        String html = get("/id/model/fixture-chat", BROWSER).body();
        assertThat(html).contains("javascript:alert(3)").doesNotContain("href=\"javascript:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/model/fixture-7b.ttl", "/id/model/fixture-7b?format=ttl", "/id/model/fixture-7b"})
    void shouldDescribeTheResourceInTurtleForRdfClients(String path) throws Exception {
        HttpResponse<String> response = get(path, path.contains(".") || path.contains("format") ? null : "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(description);
        assertThat(description.contains(MODEL, RDFS.label.asNode(), NodeFactory.createLiteralLang("Fixture-7B", "en"))).isTrue();
        // Incoming, and the label of what it points to.
        assertThat(description.contains(NodeFactory.createURI(Ikg.ID + "model/fixture-chat"), Ikg.term("fixtureBasedOn"), MODEL)).isTrue();
        assertThat(description.contains(NodeFactory.createURI(Ikg.ID + "org/fixture-lab"), RDFS.label.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void shouldAnswerTurtleWhenTheClientAcceptsAnything() throws Exception {
        assertThat(get("/id/model/fixture-7b", "*/*").headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
        assertThat(get("/id/model/fixture-7b", null).headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
    }

    @Test
    void shouldKeepTheSourceGraphsInTrig() throws Exception {
        HttpResponse<String> response = get("/id/model/fixture-7b", "application/trig");
        DatasetGraph description = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(response.body(), Lang.TRIG).parse(description);
        assertThat(description.contains(NodeFactory.createURI(Ikg.SOURCE + "fixture-report"), MODEL, Ikg.term("fixtureDevelopedBy"),
                NodeFactory.createURI(Ikg.ID + "org/fixture-lab"))).isTrue();
        assertThat(description.contains(NodeFactory.createURI(Ikg.SOURCE + "fixture-blog"), MODEL, Ikg.REPORTED_VALUE_PROPERTY, Node.ANY)).isTrue();
    }

    @Test
    void shouldOfferASearchForAnUnknownResourceToBrowsersAndPlainTextToOthers() throws Exception {
        HttpResponse<String> page = get("/id/model/no-such-model", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<form action=\"" + BASE + "\" method=\"get\"", "name=\"q\"");

        HttpResponse<String> text = get("/id/model/no-such-model", "text/turtle");
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(text.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(get("/id/model/no-such-model.ttl", null).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldBuildLinksOnTheConfiguredBaseWhateverTheHostHeader() throws Exception {
        // java.net.http refuses to set Host, so this request is written by hand.
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /id/model/fixture-7b HTTP/1.1\r\nHost: attacker.example\r\nAccept: text/html\r\n"
                    + "X-Forwarded-Host: attacker.example\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String response = received.toString(StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
            assertThat(response).contains("href=\"" + BASE + "id/source/fixture-report\"").doesNotContain("attacker.example");
        }
    }

    @Test
    void shouldShowAClassWithItsCommentsAndInstanceCount() throws Exception {
        String html = get("/def/FixtureModel", BROWSER).body();
        assertThat(html).contains("<h1 lang=\"en\">Fixture model</h1>", "<li lang=\"zh\">夹具模型",
                "<p class=\"comment\" lang=\"en\">A model that exists only in tests.</p>",
                "<p class=\"comment\" lang=\"zh\">仅用于测试的模型。</p>",
                "<dd class=\"instance-count\">3</dd>");
    }

    @Test
    void shouldShowAPropertyWithItsDomainAndRange() throws Exception {
        String html = get("/def/fixtureDevelopedBy", BROWSER).body();
        assertThat(html).contains("<dt>Domain</dt>", "href=\"" + BASE + "def/FixtureModel\"", "<dt>Range</dt>",
                "href=\"" + BASE + "def/FixtureOrganization\"");
    }

    @Test
    void shouldShowASourceWithItsDocumentRetrievalCommitAndFacts() throws Exception {
        String html = get("/id/source/fixture-report", BROWSER).body();
        assertThat(html).contains("<a class=\"document\" href=\"https://example.org/fixture-report.pdf\">",
                "<dd class=\"retrieved\">2026-01-15</dd>", "<code class=\"commit\">0123456789abcdef0123456789abcdef01234567</code>",
                "<dd class=\"fact-count\">10</dd>", "<table class=\"facts\">", ">Fixture Lab</a>");
    }

    @Test
    void shouldServeTheOntologyAtDef() throws Exception {
        HttpResponse<String> response = get("/def/", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph tbox = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(tbox);
        assertThat(tbox.contains(Ikg.term("FixtureModel"), RDFS.label.asNode(), Node.ANY)).isTrue();
        assertThat(get("/def/", BROWSER).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldShowTheInternLmFamilyPageWhenTheShippedDataHasIt() throws Exception {
        // ontology/README.md fixes the slug scheme: the first-generation InternLM family is family/internlm.
        boolean shipped = knowledgeBase.read(ds -> {
            try (QueryExecution execution = QueryExecution.dataset(ds)
                    .query("ASK { GRAPH ?g { <https://w3id.org/internkg/id/family/internlm> a <https://w3id.org/internkg/def/ModelFamily> } }")
                    .build()) {
                return execution.execAsk();
            }
        });
        org.junit.jupiter.api.Assumptions.assumeTrue(shipped, "the shipped data has no InternLM family yet");
        HttpResponse<String> page = get("/id/family/internlm", BROWSER);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 lang=\"en\">InternLM", "href=\"" + BASE + "def/ModelFamily\"", "Stated in");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
