package org.internkg.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.internkg.graph.Ikg;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/changes}, {@code /api/versions} and the data release in {@code /void}, on the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("changes-fixture")
class ChangesApiIntegrationTests {

    private static final String MODEL = "https://w3id.org/internkg/id/model/";

    @LocalServerPort
    int port;

    @Test
    void shouldListTheChangesBetweenTwoFixtureReleasesWithTheirSources() throws Exception {
        HttpResponse<String> response = get("/api/changes?from=2026.09.0&to=2026.10.0");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.at("/summary/added").asInt()).isEqualTo(4);
        assertThat(json.at("/summary/removed").asInt()).isEqualTo(5);
        assertThat(json.at("/summary/changed").asInt()).isEqualTo(2);
        List<String> lines = new ArrayList<>();
        for (JsonNode c : json.get("changes")) {
            String value = c.has("before") && c.has("after") ? c.at("/before/text").asString() + " → " + c.at("/after/text").asString()
                    : c.has("after") ? c.at("/after/text").asString() : c.at("/before/text").asString();
            lines.add(c.get("change").asString() + " " + c.at("/subject/name").asString() + " "
                    + (c.has("predicate") ? c.at("/predicate/name").asString() : "statement") + " " + value + " | " + c.at("/source/document").asString());
        }
        String readme = " | https://example.org/fixture/README.md";
        String toolDocs = " | https://example.org/fixture-tool/supported_models.md";
        assertThat(lines).containsExactly(
                "added model:fixture-20b rdf:type ikg:Model" + readme,
                "added model:fixture-20b rdfs:label \"Fixture-20B\"@en" + readme,
                "added model:fixture-20b ikg:family family:fixture (Fixture)" + readme,
                "changed model:fixture-7b schema:datePublished \"2024-06-30\"^^xsd:date → \"2024-07-03\"^^xsd:date" + readme,
                "added model:fixture-7b statement [ a rdf:Statement ; rdf:object \"2024-07-03\"^^xsd:date ; rdf:predicate schema:datePublished ; "
                        + "rdf:subject model:fixture-7b (Fixture-7B) ; skos:note \"date of the release tag\"@en ; ikg:confidence ikg:medium ]" + readme,
                "removed model:fixture-old rdf:type ikg:Model" + readme,
                "removed model:fixture-old rdfs:label \"Fixture-Old\"@en" + readme,
                "removed model:fixture-old ikg:family family:fixture (Fixture)" + readme,
                "changed src:fixture-readme ikg:retrievedOn \"2026-09-01\"^^xsd:date → \"2026-10-01\"^^xsd:date" + readme,
                "removed tool:fixture-tool ikg:support [ a ikg:Support ; ikg:engine \"TurboMind\" ; ikg:model model:fixture-old (Fixture-Old) ; ikg:supported true ]" + toolDocs,
                "removed tool:fixture-tool ikg:supportsModel model:fixture-old (Fixture-Old)" + toolDocs);

        Map<String, String> nodes = new HashMap<>();
        List<String> edges = new ArrayList<>();
        for (JsonNode e : json.get("elements")) {
            if (e.get("group").asString().equals("nodes")) {
                nodes.put(e.at("/data/id").asString(), e.get("classes").asString());
            } else {
                edges.add(e.get("classes").asString() + " " + e.at("/data/source").asString() + " → " + e.at("/data/target").asString());
            }
        }
        assertThat(nodes).containsEntry(MODEL + "fixture-20b", "is-added").containsEntry(MODEL + "fixture-old", "is-removed")
                .containsEntry(MODEL + "fixture-7b", "is-changed").containsEntry("https://w3id.org/internkg/id/family/fixture", "is-context")
                .hasSize(6);
        assertThat(edges).containsExactlyInAnyOrder(
                "is-added " + MODEL + "fixture-20b → https://w3id.org/internkg/id/family/fixture",
                "is-removed " + MODEL + "fixture-old → https://w3id.org/internkg/id/family/fixture",
                "is-removed https://w3id.org/internkg/id/tool/fixture-tool → " + MODEL + "fixture-old");
    }

    @Test
    void shouldFindExactlyWhatWasWrittenSinceTheBundledReleaseInTheLiveStore() throws Exception {
        HttpResponse<String> response = get("/api/changes?from=2026.11.0&to=live");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.at("/to/kind").asString()).isEqualTo("live");
        // The whole bundled data, reified statements and reported values included, matches itself: only the graph
        // of changes/live-addition.trig differs.
        List<String> lines = new ArrayList<>();
        for (JsonNode c : json.get("changes")) {
            lines.add(c.get("change").asString() + " " + c.at("/subject/name").asString() + " " + c.at("/predicate/name").asString()
                    + " " + c.at("/after/text").asString() + " | " + c.at("/source/graph").asString());
        }
        String notes = " | " + Ikg.SOURCE + "fixture-live-notes";
        assertThat(lines).containsExactly(
                "added model:internlm2-chat-7b ikg:feature \"<img src=x onerror=\\\"document.title='pwned'\\\">\"@en" + notes,
                "added src:fixture-live-notes rdf:type ikg:SourceDocument" + notes,
                "added src:fixture-live-notes rdfs:label \"Fixture notes written after the release\"@en" + notes,
                "added src:fixture-live-notes prov:wasDerivedFrom <https://example.org/fixture/notes.md>" + notes);
    }

    @Test
    void shouldAnswerAnUnknownVersionWithAProblemNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/changes?from=2026.09.0&to=2030.01.0");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("version").asString()).isEqualTo("2030.01.0");
        assertThat(problem.get("detail").asString()).contains("2026.10.0");
    }

    @Test
    void shouldNeverOpenAFileNamedInTheRequest() throws Exception {
        HttpResponse<String> response = get("/api/changes?from=2026.09.0&to="
                + URLEncoder.encode("src/test/resources/changes/release-2026.10.0.trig", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Fixture-20B");
    }

    @Test
    void shouldRequireBothVersions() throws Exception {
        HttpResponse<String> response = get("/api/changes?to=live");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("parameter").asString()).isEqualTo("from");
    }

    @Test
    void shouldNameTheFourVersionsApart() throws Exception {
        HttpResponse<String> response = get("/api/versions");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("storeRevision").isNumber()).isTrue();
        assertThat(json.at("/dataRelease/id").asString()).isEqualTo("2026.11.0");
        assertThat(json.at("/dataRelease/issued").asString()).isEqualTo("2026-11-28");
        List<String> releases = new ArrayList<>();
        json.get("releases").forEach(r -> releases.add(r.get("id").asString()));
        assertThat(releases).containsExactly("2026.11.0", "2026.10.0", "2026.09.0");
        assertThat(json.at("/ontology/versionIri").asString()).isEqualTo("https://w3id.org/internkg/def/0.1.0");
        JsonNode readme = null;
        for (JsonNode s : json.get("sources")) {
            if (s.get("graph").asString().equals(Ikg.SOURCE + "github-internlm-internlm-blob-readme-zh-cn-md-fb14f9b")) {
                readme = s;
            }
        }
        assertThat(readme).as("the InternLM README_zh-CN source graph").isNotNull();
        assertThat(readme.get("commit").asString()).startsWith("fb14f9b");
        assertThat(readme.get("document").asString()).contains("fb14f9b");
    }

    @Test
    void shouldStateTheDataReleaseInVoid() throws Exception {
        HttpResponse<String> response = get("/void", "text/turtle");
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(description);

        var release = NodeFactory.createURI("https://w3id.org/internkg/release/2026.11.0");
        assertThat(description.contains(NodeFactory.createURI(Ikg.NS), OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("2026.11.0"))).isTrue();
        assertThat(description.contains(NodeFactory.createURI(Ikg.NS), DCTerms.hasVersion.asNode(), release)).isTrue();
        assertThat(description.contains(release, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT("2026-11-28", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))).isTrue();
        assertThat(description.contains(release, DCTerms.conformsTo.asNode(), NodeFactory.createURI("https://w3id.org/internkg/def/0.1.0"))).isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "application/json");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
