package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/snapshot} on the bundled data plus a resource whose label tries to break out of a script
 * element (src/test/resources/fixtures/snapshot-fixture.trig).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("snapshot-fixture")
class SnapshotIntegrationTests {

    private static final String ID = "https://w3id.org/internkg/id/";
    private static final String BREAKOUT = ID + "concept/fixture-breakout";
    private static final String BREAKOUT_LABEL = "Break </script><b>out</b> & \u2028 <!-- here";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String request(List<String> iris, String drawnLabel) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < iris.size(); i++) {
            nodes.add(Map.of("id", iris.get(i), "x", 100.0 * i, "y", 50.0 * i, "label", drawnLabel == null ? "n" + i : drawnLabel,
                    "color", "rgb(36,113,163)", "shape", "round-rectangle", "size", 36));
        }
        return json.writeValueAsString(Map.of("nodes", nodes, "edges", List.of(
                Map.of("source", BREAKOUT, "target", ID + "tool/xtuner", "label", "concerns", "derived", false)), "language", "en"));
    }

    private static String block(String html, String attributes) {
        Matcher m = Pattern.compile("<script " + Pattern.quote(attributes) + ">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a script block " + attributes).isTrue();
        return m.group(1);
    }

    private static final List<String> SHOWN = List.of(ID + "tool/xtuner", ID + "tool/lmdeploy", ID + "family/internlm2", BREAKOUT);

    @Test
    void shouldCarryTheShownNodesTheirFactsAndTheTurtleOfExactlyWhatIsShown() throws Exception {
        HttpResponse<String> response = post("/api/snapshot", request(SHOWN, null), "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".html");
        String html = response.body();

        JsonNode data = json.readTree(block(html, "type=\"application/json\" id=\"snapshot-data\""));
        List<String> ids = data.get("nodes").valueStream().map(n -> n.get("id").asString()).toList();
        assertThat(ids).containsExactlyElementsOf(SHOWN);
        JsonNode xtuner = data.get("nodes").get(0);
        assertThat(xtuner.get("label").asString()).isEqualTo("XTuner");
        assertThat(xtuner.get("type").asString()).isEqualTo("software tool");
        assertThat(xtuner.get("facts").valueStream().map(f -> f.get("predicate").asString())).contains("serves stage");
        assertThat(data.get("edges")).hasSize(1);

        // The Turtle block is the graph /api/subgraph writes for the same nodes.
        Graph embedded = GraphFactory.createDefaultGraph();
        RDFParser.fromString(block(html, "type=\"text/turtle\" id=\"snapshot-turtle\""), Lang.TURTLE).parse(embedded);
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(post("/api/subgraph", json.writeValueAsString(Map.of("nodes", SHOWN)), "text/turtle").body(), Lang.TURTLE).parse(expected);
        assertThat(embedded.size()).isPositive();
        assertThat(embedded.isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void shouldReferToNothingOutsideTheFile() throws Exception {
        String html = post("/api/snapshot", request(SHOWN, null), "text/html").body();
        assertThat(Pattern.compile("(?i)\\b(src|href|action|srcset|poster)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find())
                .as("an attribute pointing outside the file").isFalse();
        for (String pattern : List.of("(?i)<script[^>]*\\bsrc=", "(?i)<link\\b", "(?i)@import", "(?i)url\\(\\s*['\"]?https?:", "(?i)<iframe|<img|<object|<embed")) {
            assertThat(Pattern.compile(pattern).matcher(html).find()).as("the page matches %s", pattern).isFalse();
        }
        assertThat(html.contains("Uh.version=\"3.33.1\"")).as("Cytoscape inlined").isTrue();
        assertThat(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")).as("a CSP that fetches nothing").isTrue();
    }

    @Test
    void shouldKeepALabelThatClosesTheScriptAsData() throws Exception {
        String html = post("/api/snapshot", request(SHOWN, "</script><b>drawn</b>"), "text/html").body();
        for (String raw : List.of("</script><b>", "<b>out</b>", "<b>drawn</b>", "\u2028", "</SCRIPT><script>alert", "<!-- here")) {
            assertThat(html.contains(raw)).as("the page contains %s unescaped", raw).isFalse();
        }
        // Four script elements close: data, Turtle, Cytoscape, the page's own; nothing from the data closes one.
        assertThat(Pattern.compile("(?i)</script").matcher(html).results().count()).isEqualTo(4);
        JsonNode data = json.readTree(block(html, "type=\"application/json\" id=\"snapshot-data\""));
        JsonNode breakout = data.get("nodes").valueStream().filter(n -> n.get("id").asString().equals(BREAKOUT)).findFirst().orElseThrow();
        assertThat(breakout.get("label").asString()).isEqualTo(BREAKOUT_LABEL);
        assertThat(breakout.get("drawnLabel").asString()).isEqualTo("</script><b>drawn</b>");
        Graph embedded = GraphFactory.createDefaultGraph();
        RDFParser.fromString(block(html, "type=\"text/turtle\" id=\"snapshot-turtle\""), Lang.TURTLE).parse(embedded);
        assertThat(embedded.find(org.apache.jena.graph.NodeFactory.createURI(BREAKOUT), org.apache.jena.vocabulary.RDFS.label.asNode(), null)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()).containsExactly(BREAKOUT_LABEL);
    }

    @Test
    void shouldRefuseABadRequestAndSayWhere() throws Exception {
        HttpResponse<String> empty = post("/api/snapshot", "{\"nodes\": []}", "text/html, application/problem+json");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("at least one node");
        HttpResponse<String> notIri = post("/api/snapshot", "{\"nodes\": [{\"id\": \"xtuner\", \"x\": 1, \"y\": 2}]}", "text/html, application/problem+json");
        assertThat(notIri.statusCode()).isEqualTo(400);
        assertThat(notIri.body()).contains("nodes[0].id");
        HttpResponse<String> colour = post("/api/snapshot", "{\"nodes\": [{\"id\": \"" + ID + "tool/xtuner\", \"x\": 1, \"y\": 2, \"color\": \"red;background:url(x)\"}]}",
                "text/html, application/problem+json");
        assertThat(colour.statusCode()).isEqualTo(400);
        assertThat(colour.body()).contains("nodes[0].color");
        HttpResponse<String> broken = post("/api/snapshot", "{\"nodes\": [", "text/html, application/problem+json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
    }
}
