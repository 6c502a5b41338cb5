package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer's JSON API over real HTTP, on the bundled data plus {@code fixtures/explore-fixture.trig}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("explore-fixture")
class ExploreApiIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(ExploreApiIntegrationTests.class);
    static final String ID = "https://w3id.org/internkg/id/";
    static final String DEF = "https://w3id.org/internkg/def/";
    static final String HUB = ID + "tool/fixture-hub";
    static final String DISPUTED = ID + "model/fixture-model-01";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer get(String path, String... params) throws IOException, InterruptedException {
        URI uri = ApiUris.of("http://localhost:" + port, path, params);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        log.info("GET {} -> {} in {} ms", uri, response.statusCode(), (System.nanoTime() - start) / 1_000_000);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                json.readTree(response.body()));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(field).asString()));
        return out;
    }

    @Test
    void shouldRankExactLabelFirstWhenSearchingXTuner() throws Exception {
        Answer a = get("/api/search", "q", "xtuner");
        assertThat(a.status()).isEqualTo(200);
        JsonNode first = a.body().at("/hits/0");
        assertThat(first.at("/iri").asString()).isEqualTo(ID + "tool/xtuner");
        assertThat(first.at("/label/en").asString()).isEqualTo("XTuner");
        assertThat(first.at("/type").asString()).isEqualTo("SoftwareTool");
    }

    @Test
    void shouldFindTheInternLmFamilyByItsChineseLabel() throws Exception {
        Answer a = get("/api/search", "q", "书生");
        assertThat(texts(a.body().at("/hits"), "/iri")).contains(ID + "family/internlm");
        JsonNode hit = a.body().at("/hits").valueStream().filter(h -> h.at("/iri").asString().equals(ID + "family/internlm"))
                .findFirst().orElseThrow();
        assertThat(hit.at("/label/zh").asString()).isEqualTo("书生·浦语");
    }

    @Test
    void shouldRankExactOverPrefixOverContains() throws Exception {
        Answer a = get("/api/search", "q", "Fixture Model 01");
        assertThat(a.body().at("/hits/0/iri").asString()).isEqualTo(DISPUTED);
        Answer prefix = get("/api/search", "q", "fixture", "limit", "50");
        List<String> iris = texts(prefix.body().at("/hits"), "/iri");
        assertThat(iris).hasSize(35).contains(HUB, ID + "family/fixture-family");
        // "Fixture Hub" starts with the text; the hub's description-only neighbours do not appear at all.
        assertThat(iris.indexOf(HUB)).isLessThan(iris.indexOf(ID + "model/fixture-model-30"));
    }

    @Test
    void shouldMatchAltLabelsHuggingFaceIdsAndChineseFixtureLabels() throws Exception {
        assertThat(texts(get("/api/search", "q", "fixfam").body().at("/hits"), "/iri")).containsExactly(ID + "family/fixture-family");
        JsonNode hf = get("/api/search", "q", "FIXTURE-ORG/fixture-model-01").body().at("/hits/0");
        assertThat(hf.at("/iri").asString()).isEqualTo(DISPUTED);
        assertThat(hf.at("/huggingFaceId").asString()).isEqualTo("fixture-org/Fixture-Model-01");
        assertThat(texts(get("/api/search", "q", "测试").body().at("/hits"), "/iri"))
                .containsExactlyInAnyOrder(ID + "family/fixture-family", ID + "stage/fixture-stage");
    }

    @Test
    void shouldFilterSearchByTypeAndCapTheLimit() throws Exception {
        JsonNode hits = get("/api/search", "q", "fixture", "type", "PipelineStage").body().at("/hits");
        assertThat(texts(hits, "/iri")).containsExactly(ID + "stage/fixture-stage");
        assertThat(get("/api/search", "q", "fixture").body().at("/hits").size()).isEqualTo(10);
        assertThat(get("/api/search", "q", "e", "limit", "5000").body().at("/hits").size()).isLessThanOrEqualTo(50);
    }

    @Test
    void shouldPageAHubWithTotalsPerPredicateAndDirection() throws Exception {
        Answer first = get("/api/neighbourhood", "iri", HUB, "direction", "out", "predicate", DEF + "supportsModel", "limit", "12");
        JsonNode body = first.body();
        assertThat(body.at("/total").asInt()).isEqualTo(30);
        assertThat(body.at("/edges").size()).isEqualTo(12);
        assertThat(body.at("/totals/0/count").asInt()).isEqualTo(30);
        assertThat(body.at("/totals/0/direction").asString()).isEqualTo("out");
        assertThat(texts(body.at("/nodes"), "/data/id")).first().isEqualTo(ID + "model/fixture-model-01");

        Set<String> seen = new HashSet<>(texts(body.at("/nodes"), "/data/id"));
        for (int offset = 12; offset < 30; offset += 12) {
            JsonNode page = get("/api/neighbourhood", "iri", HUB, "direction", "out", "predicate", DEF + "supportsModel",
                    "limit", "12", "offset", String.valueOf(offset)).body();
            assertThat(page.at("/offset").asInt()).isEqualTo(offset);
            for (String id : texts(page.at("/nodes"), "/data/id")) {
                assertThat(seen.add(id)).as("no node on two pages: %s", id).isTrue();
            }
        }
        assertThat(seen).hasSize(30);
    }

    @Test
    void shouldReturnCytoscapeElementsWithTotalsForBothDirections() throws Exception {
        JsonNode body = get("/api/neighbourhood", "iri", HUB).body();
        assertThat(body.at("/limit").asInt()).isEqualTo(25);
        // out: 30 supportsModel + 1 servesStage; in: usesTool from the XSS concept.
        assertThat(body.at("/total").asInt()).isEqualTo(32);
        assertThat(body.at("/totals").valueStream().map(t -> t.at("/direction").asString() + " " + t.at("/predicate").asString()
                + " " + t.at("/count").asInt()))
                .containsExactlyInAnyOrder("out " + DEF + "servesStage 1", "out " + DEF + "supportsModel 30",
                        "in " + DEF + "usesTool 1");
        JsonNode edge = body.at("/edges/0/data");
        assertThat(edge.at("/source").asString()).isEqualTo(HUB);
        assertThat(edge.at("/label").asString()).isNotBlank();
        assertThat(body.at("/focus/data/id").asString()).isEqualTo(HUB);
        assertThat(body.at("/focus/data/type").asString()).isEqualTo("SoftwareTool");
        assertThat(body.at("/focus/classes").asString()).isEqualTo("type-software-tool");
        JsonNode in = get("/api/neighbourhood", "iri", HUB, "direction", "in").body();
        assertThat(texts(in.at("/edges"), "/data/source")).containsExactly(ID + "concept/fixture-xss");
        assertThat(texts(in.at("/edges"), "/data/target")).containsExactly(HUB);
    }

    @Test
    void shouldShowADisputedDateWithTheSourceOfEachValue() throws Exception {
        JsonNode body = get("/api/resource", "iri", DISPUTED).body();
        JsonNode dispute = body.at("/disputes/0");
        assertThat(dispute.at("/predicate/iri").asString()).isEqualTo("https://schema.org/datePublished");
        assertThat(dispute.at("/values").valueStream().map(v -> v.at("/value/value").asString() + " "
                + v.at("/primary").asBoolean() + " " + v.at("/sources/0/iri").asString() + " " + v.at("/sources/0/document").asString()))
                .containsExactlyInAnyOrder(
                        "2024-01-17 true " + ID + "source/fixture-model-card https://example.org/fixture/model-card",
                        "2024-01-15 false " + ID + "source/fixture-blog https://example.org/fixture/blog");
        JsonNode dateFact = body.at("/facts").valueStream()
                .filter(f -> f.at("/predicate/iri").asString().equals("https://schema.org/datePublished")).findFirst().orElseThrow();
        assertThat(dateFact.at("/disputed").asBoolean()).isTrue();
        assertThat(dateFact.at("/value/datatype").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        // The family is stated by both sources.
        JsonNode family = body.at("/facts").valueStream()
                .filter(f -> f.at("/predicate/iri").asString().equals(DEF + "family")).findFirst().orElseThrow();
        assertThat(texts(family.at("/sources"), "/iri")).containsExactlyInAnyOrder(ID + "source/fixture-model-card", ID + "source/fixture-blog");
        assertThat(body.at("/page").asString()).isEqualTo("/id/model/fixture-model-01");
        assertThat(body.at("/turtle").asString()).isEqualTo("/id/model/fixture-model-01.ttl");
    }

    @Test
    void shouldDescribeLabelsTypesConfidenceAndIncomingFacts() throws Exception {
        JsonNode family = get("/api/resource", "iri", ID + "family/fixture-family").body();
        assertThat(family.at("/label/en").asString()).isEqualTo("Fixture Family");
        assertThat(family.at("/label/zh").asString()).isEqualTo("测试家族");
        assertThat(family.at("/types/0/iri").asString()).isEqualTo(DEF + "ModelFamily");
        assertThat(family.at("/description/en").asString()).startsWith("A model family");
        assertThat(family.at("/facts").valueStream().filter(f -> f.at("/direction").asString().equals("in")).count()).isEqualTo(30);

        JsonNode lowConfidence = get("/api/resource", "iri", ID + "model/fixture-model-02").body().at("/facts").valueStream()
                .filter(f -> f.at("/predicate/iri").asString().equals(DEF + "family")).findFirst().orElseThrow();
        assertThat(lowConfidence.at("/confidence/0/level").asString()).isEqualTo("low");
        assertThat(lowConfidence.at("/confidence/0/note").asString()).contains("repository name");
        assertThat(lowConfidence.at("/value/label/en").asString()).isEqualTo("Fixture Family");
    }

    @Test
    void shouldNameTheFineTuningStageOfXTuner() throws Exception {
        JsonNode facts = get("/api/resource", "iri", ID + "tool/xtuner").body().at("/facts");
        assertThat(facts.valueStream().filter(f -> f.at("/predicate/iri").asString().equals(DEF + "servesStage"))
                .map(f -> f.at("/value/iri").asString())).contains(ID + "stage/fine-tuning");
    }

    @Test
    void shouldDrawFamiliesToolsAndStagesWithClassCountsInTheOverview() throws Exception {
        JsonNode body = get("/api/overview").body();
        List<String> types = texts(body.at("/nodes"), "/data/type");
        assertThat(types).isNotEmpty().allMatch(t -> Set.of("ModelFamily", "SoftwareTool", "PipelineStage").contains(t));
        assertThat(texts(body.at("/nodes"), "/data/id")).contains(ID + "tool/xtuner", ID + "stage/fine-tuning", ID + "family/internlm");
        assertThat(texts(body.at("/edges"), "/data/id")).contains(ID + "tool/xtuner " + DEF + "servesStage " + ID + "stage/fine-tuning");
        Set<String> ids = new HashSet<>(texts(body.at("/nodes"), "/data/id"));
        body.at("/edges").forEach(e -> assertThat(ids).contains(e.at("/data/source").asString(), e.at("/data/target").asString()));
        JsonNode models = body.at("/classes").valueStream().filter(c -> c.at("/name").asString().equals("Model")).findFirst().orElseThrow();
        assertThat(models.at("/count").asInt()).isGreaterThanOrEqualTo(30);
        log.info("Overview: {} nodes, {} edges", body.at("/nodes").size(), body.at("/edges").size());
    }

    @Test
    void shouldAnswer404AsProblemJsonForAnUnknownIri() throws Exception {
        Answer a = get("/api/resource", "iri", ID + "model/no-such-model");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().at("/status").asInt()).isEqualTo(404);
        assertThat(a.body().at("/title").asString()).isEqualTo("Unknown resource");
        assertThat(a.body().at("/detail").asString()).contains("no-such-model");
        assertThat(get("/api/neighbourhood", "iri", ID + "model/no-such-model").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/search, q, '', q",
            "/api/search, limit, ten, limit",
            "/api/resource, iri, not an iri, iri",
            "/api/resource, iri, urn:x:relative, iri",
            "/api/neighbourhood, direction, sideways, direction",
            "/api/neighbourhood, limit, 0, limit",
            "/api/neighbourhood, offset, -1, offset",
            "/api/neighbourhood, predicate, ::, predicate",
    })
    void shouldAnswer400NamingTheParameter(String path, String name, String value, String parameter) throws Exception {
        List<String> params = new ArrayList<>(List.of(name, value));
        if (!name.equals("q") && path.equals("/api/search")) {
            params.addAll(List.of("q", "x"));
        }
        if (!name.equals("iri") && !path.equals("/api/search")) {
            params.addAll(List.of("iri", HUB));
        }
        Answer a = get(path, params.toArray(String[]::new));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().at("/parameter").asString()).isEqualTo(parameter);
        assertThat(a.body().at("/title").asString()).isEqualTo("Invalid parameter");
        assertThat(a.body().at("/detail").asString()).contains(parameter);
    }

    @Test
    void shouldAnswer400WhenTheIriIsMissing() throws Exception {
        Answer a = get("/api/neighbourhood");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().at("/parameter").asString()).isEqualTo("iri");
    }
}
