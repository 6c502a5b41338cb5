package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full-text search, paths, timeline, stages, courses and model comparison over real HTTP, on the shipped data.
 * Expected answers come from the TriG files and the documents they cite (named next to each assertion).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("explore-fixture")
class InsightApiIntegrationTests {

    static final String ID = "https://w3id.org/internkg/id/";
    static final String SRC = ID + "source/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer get(String path, String... params) throws IOException, InterruptedException {
        URI uri = ApiUris.of("http://localhost:" + port, path, params);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Answer(response.statusCode(), type, type.contains("json") ? json.readTree(response.body()) : null);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(field).asString()));
        return out;
    }

    private List<String> searchIris(String q) throws Exception {
        Answer a = get("/api/search", "q", q);
        assertThat(a.status()).isEqualTo(200);
        return texts(a.body().at("/hits"), "/iri");
    }

    // families.trig: family:internlm rdfs:label "书生·浦语"@zh (InternLM README), family:internlm2 "书生·浦语2"@zh.
    @Test
    void shouldFindTheInternLmFamilyFirstForItsChineseName() throws Exception {
        List<String> iris = searchIris("书生");
        assertThat(iris.get(0)).isEqualTo(ID + "family/internlm");
        assertThat(iris).contains(ID + "family/internlm2");
        assertThat(searchIris("浦语")).contains(ID + "family/internlm", ID + "family/internlm-xcomposer");
    }

    // datasets.trig: 书生·万卷1.0 and 书生·万卷多模态语料库 are the Chinese names of the WanJuan datasets.
    @Test
    void shouldFindWanJuanByItsChineseName() throws Exception {
        assertThat(searchIris("万卷").subList(0, 2)).containsExactlyInAnyOrder(ID + "dataset/wanjuan-1-0", ID + "dataset/wanjuan");
    }

    @Test
    void shouldForgiveATypoInALatinName() throws Exception {
        assertThat(searchIris("xtunr").get(0)).isEqualTo(ID + "tool/xtuner");
        assertThat(searchIris("lmdepoly").get(0)).isEqualTo(ID + "tool/lmdeploy");
    }

    @Test
    void shouldMatchWordsAcrossPunctuation() throws Exception {
        Answer chat = get("/api/search", "q", "internlm2 chat", "limit", "3");
        assertThat(texts(chat.body().at("/hits"), "/label/en")).allMatch(l -> l.startsWith("InternLM2-Chat-"));
        // "fine tuning" is the stage whose label is "fine-tuning" (stages.trig).
        assertThat(searchIris("fine tuning").get(0)).isEqualTo(ID + "stage/fine-tuning");
        assertThat(searchIris("微调").get(0)).isEqualTo(ID + "stage/fine-tuning");
    }

    @Test
    void shouldFindADescriptionOnlyMatchAfterNameMatches() throws Exception {
        // camp2 lesson 4's description (courses.trig) names the XTuner config internlm2_1_8b_qlora_alpaca_e3.
        Answer a = get("/api/search", "q", "alpaca", "limit", "50");
        List<String> iris = texts(a.body().at("/hits"), "/iri");
        assertThat(iris).contains(ID + "lesson/camp2-lesson-4");
        // AlpacaEval is named so (benchmarks.trig): a name match ranks above a description match.
        assertThat(iris.indexOf(ID + "benchmark/alpacaeval")).isLessThan(iris.indexOf(ID + "lesson/camp2-lesson-4"));
        assertThat(a.body().at("/hits").get(iris.indexOf(ID + "lesson/camp2-lesson-4")).at("/snippet").asString()).contains("alpaca");
    }

    // tools.trig: XTuner implementsTechnique QLoRA and supportsModel family:internlm2 (xtuner README);
    // models.trig: InternLM2-Chat-7B ikg:family family:internlm2 (model card). Nothing links QLoRA closer.
    @Test
    void shouldFindAThreeHopPathWithHonestArrows() throws Exception {
        Answer a = get("/api/path", "from", ID + "technique/qlora", "to", ID + "model/internlm2-chat-7b");
        assertThat(a.status()).isEqualTo(200);
        JsonNode paths = a.body().at("/paths");
        assertThat(paths.size()).isBetween(1, 5);
        assertThat(paths.get(0).at("/length").asInt()).isEqualTo(3);
        JsonNode viaFamily = paths.valueStream().filter(p -> texts(p.at("/nodes"), "").equals(List.of(ID + "technique/qlora",
                ID + "tool/xtuner", ID + "family/internlm2", ID + "model/internlm2-chat-7b"))).findFirst().orElseThrow();
        assertThat(viaFamily.at("/sentence").asString()).isEqualTo(
                "QLoRA ← implements technique — XTuner — supports model → InternLM2 ← family — InternLM2-Chat-7B");
        assertThat(viaFamily.at("/steps/0/forward").asBoolean()).isFalse();
        assertThat(viaFamily.at("/steps/1/forward").asBoolean()).isTrue();
        assertThat(viaFamily.at("/steps/1/subject").asString()).isEqualTo(ID + "tool/xtuner");
        List<String> edgeIds = texts(a.body().at("/edges"), "/data/id");
        assertThat(edgeIds).contains(ID + "tool/xtuner https://w3id.org/internkg/def/supportsModel " + ID + "family/internlm2");
        assertThat(texts(a.body().at("/nodes"), "/data/id")).doesNotContain(SRC).allMatch(id -> !id.startsWith(SRC));
        // Paths come shortest first.
        List<Integer> lengths = new ArrayList<>();
        paths.forEach(p -> lengths.add(p.at("/length").asInt()));
        assertThat(lengths).isSorted();
    }

    @Test
    void shouldBoundPathLengthAndCount() throws Exception {
        Answer none = get("/api/path", "from", ID + "technique/qlora", "to", ID + "model/internlm2-chat-7b", "maxLength", "2");
        assertThat(none.body().at("/paths").size()).isZero();
        Answer many = get("/api/path", "from", ID + "tool/xtuner", "to", ID + "tool/opencompass", "maxLength", "99", "limit", "99");
        assertThat(many.body().at("/maxLength").asInt()).isEqualTo(6);
        assertThat(many.body().at("/paths").size()).isEqualTo(20);
    }

    // releases.trig: release:internlm2-5-7b 2024-07-03 in the internlm2.5_7b model card; README_zh-CN (fb14f9b) says 2024-06-30.
    @Test
    void shouldMarkTheDisputedReleaseDateOfInternLm25With7B() throws Exception {
        Answer a = get("/api/timeline", "family", ID + "family/internlm2-5");
        assertThat(a.status()).isEqualTo(200);
        List<String> dates = texts(a.body().at("/releases"), "/date");
        assertThat(dates).isSorted().allMatch(d -> d.startsWith("2024"));
        JsonNode r = a.body().at("/releases").valueStream().filter(x -> x.at("/iri").asString().equals(ID + "release/internlm2-5-7b"))
                .findFirst().orElseThrow();
        assertThat(r.at("/date").asString()).isEqualTo("2024-07-03");
        assertThat(r.at("/sources/0/iri").asString()).isEqualTo(SRC + "github-internlm-internlm-blob-main-model-cards-internlm2-5-7b-md");
        assertThat(r.at("/disputed").asBoolean()).isTrue();
        assertThat(r.at("/reported/0/date").asString()).isEqualTo("2024-06-30");
        assertThat(r.at("/reported/0/source/iri").asString()).isEqualTo(SRC + "github-internlm-internlm-blob-readme-zh-cn-md-fb14f9b");
        assertThat(r.at("/family/iri").asString()).isEqualTo(ID + "family/internlm2-5");
        assertThat(r.at("/size").asString()).isEqualTo("7B");
        assertThat(r.at("/variant").asString()).isEqualTo("base");
    }

    @Test
    void shouldLimitTheTimelineByDate() throws Exception {
        // models.trig: InternLM2-7B and InternLM2-Chat-7B released 2024-01-17 (model card).
        Answer a = get("/api/timeline", "from", "2024-01-17", "to", "2024-01-17");
        assertThat(texts(a.body().at("/releases"), "/iri")).contains(ID + "release/internlm2-7b", ID + "release/internlm2-chat-7b")
                .allMatch(iri -> iri.startsWith(ID + "release/"));
        assertThat(texts(a.body().at("/releases"), "/date")).containsOnly("2024-01-17");
    }

    // stages.trig: data 1 … application 6; tools.trig: XTuner serves fine-tuning, LMDeploy deployment, OpenCompass evaluation.
    @Test
    void shouldListTheStagesInOrderWithTheirTools() throws Exception {
        JsonNode stages = get("/api/stages").body().at("/stages");
        // The first six are the shipped stages; the explorer fixture adds one without an order, listed after them.
        assertThat(texts(stages, "/iri").subList(0, 6)).containsExactly(ID + "stage/data", ID + "stage/pre-training", ID + "stage/fine-tuning",
                ID + "stage/deployment", ID + "stage/evaluation", ID + "stage/application");
        assertThat(texts(stages, "/label/zh").subList(0, 6)).containsExactly("数据", "预训练", "微调", "部署", "评测", "应用");
        assertThat(texts(stages.get(2).at("/tools"), "/iri")).contains(ID + "tool/xtuner", ID + "tool/internevo");
        assertThat(texts(stages.get(3).at("/tools"), "/iri")).contains(ID + "tool/lmdeploy");
        assertThat(texts(stages.get(4).at("/tools"), "/iri")).contains(ID + "tool/opencompass");
        assertThat(stages.get(2).at("/tools/0/sources").size()).isPositive();
    }

    // courses.trig: camp2 lesson 4 "XTuner 微调 LLM" uses XTuner and InternLM2-Chat-1.8B; material xtuner/readme.md.
    @Test
    void shouldListCamp2LessonsInOrderWithWhatEachUses() throws Exception {
        Answer a = get("/api/courses", "course", ID + "course/camp2");
        JsonNode lessons = a.body().at("/courses/0/lessons");
        List<String> numbers = new ArrayList<>();
        lessons.forEach(l -> numbers.add(l.has("number") ? l.at("/number").asString() : l.at("/code").asString()));
        assertThat(numbers.subList(0, 8)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        JsonNode four = lessons.get(3);
        assertThat(four.at("/iri").asString()).isEqualTo(ID + "lesson/camp2-lesson-4");
        assertThat(texts(four.at("/tools"), "/iri")).containsExactly(ID + "tool/xtuner");
        assertThat(texts(four.at("/models"), "/iri")).containsExactly(ID + "model/internlm2-chat-1-8b");
        assertThat(four.at("/material").asString()).isEqualTo("https://github.com/InternLM/Tutorial/blob/camp2/xtuner/readme.md");
        assertThat(four.at("/label/zh").asString()).isEqualTo("XTuner 微调 LLM：1.8B、多模态、Agent");
    }

    // models.trig, model cards internlm2.5_7b.md and internlm2_7b.md: families, dates, HF ids and base models.
    @Test
    void shouldCompareTwoModelsWithSources() throws Exception {
        Answer a = get("/api/compare", "a", ID + "model/internlm2-5-7b-chat", "b", ID + "model/internlm2-chat-7b");
        assertThat(a.status()).isEqualTo(200);
        JsonNode rows = a.body().at("/rows");
        JsonNode family = row(rows, "family");
        assertThat(family.at("/a/values/0/value/iri").asString()).isEqualTo(ID + "family/internlm2-5");
        assertThat(family.at("/b/values/0/value/iri").asString()).isEqualTo(ID + "family/internlm2");
        assertThat(family.at("/same").asBoolean()).isFalse();
        JsonNode date = row(rows, "date");
        assertThat(date.at("/a/values/0/value/value").asString()).isEqualTo("2024-07-03");
        assertThat(date.at("/a/values/0/sources/0/iri").asString()).isEqualTo(SRC + "github-internlm-internlm-blob-main-model-cards-internlm2-5-7b-md");
        assertThat(date.at("/b/values/0/value/value").asString()).isEqualTo("2024-01-17");
        assertThat(date.at("/b/values/0/sources/0/iri").asString()).isEqualTo(SRC + "github-internlm-internlm-blob-main-model-cards-internlm2-7b-md");
        assertThat(row(rows, "baseModel").at("/a/values/0/value/iri").asString()).isEqualTo(ID + "model/internlm2-5-7b");
        assertThat(row(rows, "baseModel").at("/b/values/0/value/iri").asString()).isEqualTo(ID + "model/internlm2-chat-7b-sft");
        assertThat(row(rows, "huggingFaceId").at("/b/values/0/value/value").asString()).isEqualTo("internlm/internlm2-chat-7b");
        assertThat(row(rows, "variant").at("/same").asBoolean()).isTrue();
        // XTuner states support for the InternLM2 family (tools.trig), so it supports InternLM2-Chat-7B through it.
        JsonNode xtuner = row(rows, "tools").at("/b/values").valueStream()
                .filter(v -> v.at("/value/iri").asString().equals(ID + "tool/xtuner")).findFirst().orElseThrow();
        assertThat(xtuner.at("/via/iri").asString()).isEqualTo(ID + "family/internlm2");
        List<String> benchmarks = texts(row(rows, "benchmarks").at("/b/values"), "/value/iri");
        assertThat(benchmarks).contains(ID + "benchmark/humaneval", ID + "benchmark/mbpp");
    }

    private static JsonNode row(JsonNode rows, String key) {
        return rows.valueStream().filter(r -> r.at("/key").asString().equals(key)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/path, from, not an iri, from",
            "/api/path, to, https://w3id.org/internkg/id/tool/xtuner, to",
            "/api/path, maxLength, 0, maxLength",
            "/api/path, limit, many, limit",
            "/api/timeline, from, 2024-13, from",
            "/api/timeline, to, 2023, to",
            "/api/timeline, family, ::, family",
            "/api/courses, course, not an iri, course",
            "/api/compare, b, https://w3id.org/internkg/id/tool/xtuner, b",
    })
    void shouldAnswer400NamingTheParameter(String path, String name, String value, String parameter) throws Exception {
        List<String> params = new ArrayList<>(List.of(name, value));
        switch (path) {
            case "/api/path" -> {
                if (!name.equals("from")) params.addAll(List.of("from", ID + "tool/xtuner"));
                if (!name.equals("to")) params.addAll(List.of("to", ID + "tool/lmdeploy"));
            }
            case "/api/timeline" -> {
                if (name.equals("to")) params.addAll(List.of("from", "2024"));
            }
            case "/api/compare" -> params.addAll(List.of("a", ID + "model/internlm2-chat-7b"));
            default -> { }
        }
        Answer a = get(path, params.toArray(String[]::new));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().at("/parameter").asString()).isEqualTo(parameter);
        assertThat(a.body().at("/detail").asString()).contains(parameter);
    }

    @Test
    void shouldAnswer404ForUnknownResources() throws Exception {
        Answer path = get("/api/path", "from", ID + "tool/xtuner", "to", ID + "tool/no-such-tool");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).startsWith("application/problem+json");
        assertThat(path.body().at("/iri").asString()).isEqualTo(ID + "tool/no-such-tool");
        assertThat(get("/api/compare", "a", ID + "model/no-such-model", "b", ID + "model/internlm2-chat-7b").status()).isEqualTo(404);
        assertThat(get("/api/timeline", "family", ID + "family/no-such-family").status()).isEqualTo(404);
    }

    @Test
    void shouldDescribeTheApiInOpenApiWithALocalUi() throws Exception {
        Answer spec = get("/api/docs/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body().at("/paths").propertyNames()).contains("/api/search", "/api/path", "/api/timeline", "/api/stages",
                "/api/courses", "/api/compare");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isIn(200, 302);
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://cdn", "unpkg.com", "jsdelivr");
    }
}
