package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/dates}, the time slider's answer, on the bundled data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeSliderApiIntegrationTests {

    private static final String ID = "https://w3id.org/internkg/id/";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "application/sparql-results+json, application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static Map<String, JsonNode> byIri(JsonNode dates) {
        return dates.get("entities").valueStream().collect(Collectors.toMap(e -> e.get("iri").asString(), e -> e));
    }

    @Test
    void shouldDateAModelAndItsReleaseByTheModelCard() throws Exception {
        Map<String, JsonNode> dates = byIri(get("/api/dates"));
        // The InternLM2-7B model card (ontology/data/models.trig, releases.trig) gives 2024-01-17.
        assertThat(dates.get(ID + "model/internlm2-7b").get("date").asString()).isEqualTo("2024-01-17");
        assertThat(dates.get(ID + "model/internlm2-7b").get("basis").asString()).isEqualTo("published");
        assertThat(dates.get(ID + "release/internlm2-7b").get("date").asString()).isEqualTo("2024-01-17");
    }

    @Test
    void shouldDateAToolByItsFirstReleaseOnTheTimeline() throws Exception {
        JsonNode timeline = get("/api/timeline");
        String firstXtuner = timeline.get("releases").valueStream()
                .filter(r -> r.has("released") && r.get("released").get("iri").asString().equals(ID + "tool/xtuner"))
                .map(r -> r.get("date").asString()).sorted().findFirst().orElseThrow();
        JsonNode xtuner = byIri(get("/api/dates")).get(ID + "tool/xtuner");
        assertThat(xtuner.get("date").asString()).isEqualTo(firstXtuner);
        assertThat(xtuner.get("basis").asString()).isEqualTo("release");
    }

    @Test
    void shouldDateAFamilyByItsFirstModel() throws Exception {
        String query = "PREFIX ikg: <https://w3id.org/internkg/def/> PREFIX schema: <https://schema.org/> "
                + "SELECT (MIN(STR(?d)) AS ?first) WHERE { ?m ikg:family <" + ID + "family/internlm2> ; schema:datePublished ?d }";
        JsonNode answer = get("/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        String firstModel = answer.at("/results/bindings/0/first/value").asString();
        JsonNode family = byIri(get("/api/dates")).get(ID + "family/internlm2");
        assertThat(family.get("basis").asString()).isEqualTo("member");
        assertThat(family.get("date").asString()).isEqualTo(firstModel).isEqualTo("2024-01-17");
    }

    @Test
    void shouldLeaveUndatedEntitiesOutAndBoundTheRange() throws Exception {
        JsonNode answer = get("/api/dates");
        Map<String, JsonNode> dates = byIri(answer);
        assertThat(dates).doesNotContainKeys(ID + "stage/pre-training", ID + "org/shanghai-ai-lab");
        List<String> days = answer.get("entities").valueStream().map(e -> e.get("date").asString()).toList();
        assertThat(days).isSorted().allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(answer.get("first").asString()).isEqualTo(days.get(0));
        assertThat(answer.get("last").asString()).isEqualTo(days.get(days.size() - 1));
    }
}
