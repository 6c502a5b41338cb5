package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.internkg.explore.MatrixFixture.FAMILY;
import static org.internkg.explore.MatrixFixture.ID;
import static org.internkg.explore.MatrixFixture.LMDEPLOY;
import static org.internkg.explore.MatrixFixture.MODEL_A;
import static org.internkg.explore.MatrixFixture.MODEL_B;
import static org.internkg.explore.MatrixFixture.MODEL_C;
import static org.internkg.explore.MatrixFixture.XTUNER;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compatibility matrix, multi-hop expansion and validation APIs over real HTTP, on the bundled data plus
 * {@code fixtures/matrix-fixture.trig} (expected cells written from that fixture).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("matrix-fixture")
class ViewsApiIntegrationTests {

    static final String DEF = "https://w3id.org/internkg/def/";
    static final String TABLE = ID + "source/fixture-lmdeploy-supported-models-0123abc";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body) {
    }

    Answer get(String path, String... params) throws IOException, InterruptedException {
        URI uri = ApiUris.of("http://localhost:" + port, path, params);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    JsonNode getJson(String path, String... params) throws IOException, InterruptedException {
        Answer a = get(path, params);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return json.readTree(a.body());
    }

    private static JsonNode cell(JsonNode matrix, String model, String tool) {
        return StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(c -> c.get("model").asString().equals(model) && c.get("tool").asString().equals(tool))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + model + " × " + tool));
    }

    @Test
    void shouldSayYesWithEngineAndPrecisionCitingTheTablesCommit() throws Exception {
        JsonNode matrix = getJson("/api/matrix", "family", FAMILY);
        JsonNode yes = cell(matrix, MODEL_A, LMDEPLOY);
        assertThat(yes.get("status").asString()).isEqualTo("yes");
        assertThat(yes.get("viaFamily").asBoolean()).isFalse();
        JsonNode evidence = yes.at("/evidence/0");
        assertThat(evidence.get("engine").asString()).isEqualTo("TurboMind");
        assertThat(evidence.get("precision").asString()).isEqualTo("W4A16");
        assertThat(evidence.get("platform").asString()).isEqualTo("CUDA");
        assertThat(evidence.get("backend").asString()).isEqualTo("lmdeploy");
        assertThat(evidence.get("sourceGraph").asString()).isEqualTo(TABLE);
        assertThat(evidence.get("sourceUrl").asString()).isEqualTo("https://example.org/lmdeploy/blob/0123abc/docs/supported_models.md");
        assertThat(evidence.get("commit").asString()).isEqualTo("0123abcdef0123abcdef0123abcdef0123abcdef");
    }

    @Test
    void shouldSayNoWhereTheLmDeployTableSaysNo() throws Exception {
        JsonNode no = cell(getJson("/api/matrix", "family", FAMILY), MODEL_B, LMDEPLOY);
        assertThat(no.get("status").asString()).isEqualTo("no");
        assertThat(no.get("evidence")).hasSize(1);
        assertThat(no.at("/evidence/0/supported").asBoolean()).isFalse();
        assertThat(no.at("/evidence/0/sourceGraph").asString()).isEqualTo(TABLE);
    }

    @Test
    void shouldMarkFamilyLevelSupportAndLeaveUnstatedCellsUnknown() throws Exception {
        JsonNode matrix = getJson("/api/matrix");
        JsonNode viaFamily = cell(matrix, MODEL_B, XTUNER);
        assertThat(viaFamily.get("status").asString()).isEqualTo("yes");
        assertThat(viaFamily.get("viaFamily").asBoolean()).isTrue();
        assertThat(viaFamily.at("/evidence/0/target").asString()).isEqualTo(FAMILY);
        JsonNode unknown = cell(matrix, MODEL_C, LMDEPLOY);
        assertThat(unknown.get("status").asString()).isEqualTo("unknown");
        assertThat(unknown.get("evidence")).isEmpty();
        assertThat(cell(matrix, MODEL_C, XTUNER).get("status").asString()).isEqualTo("unknown");
    }

    @Test
    void shouldFilterByFamilyAndTool() throws Exception {
        JsonNode matrix = getJson("/api/matrix", "family", FAMILY, "tool", LMDEPLOY);
        List<String> rows = new ArrayList<>();
        matrix.get("models").forEach(r -> rows.add(r.get("iri").asString()));
        assertThat(rows).containsExactly(MODEL_A, MODEL_B);
        assertThat(matrix.get("tools")).hasSize(1);
        assertThat(matrix.at("/tools/0/iri").asString()).isEqualTo(LMDEPLOY);
        assertThat(matrix.get("cells")).hasSize(2);
    }

    @Test
    void shouldServeTheMatrixAsCsvThatParses() throws Exception {
        Answer a = get("/api/matrix", "family", FAMILY, "format", "csv");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/csv");
        List<List<String>> rows = Rfc4180.parse(a.body());
        List<String> header = rows.get(0);
        assertThat(header).containsExactlyElementsOf(MatrixController.CSV_COLUMNS);
        List<Map<String, String>> records = rows.subList(1, rows.size()).stream().map(r -> {
            assertThat(r).hasSize(header.size());
            Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            return m;
        }).toList();
        Map<String, String> yes = records.stream()
                .filter(r -> r.get("model").equals(MODEL_A) && r.get("tool").equals(LMDEPLOY)).findFirst().orElseThrow();
        assertThat(yes).containsEntry("status", "yes").containsEntry("engine", "TurboMind").containsEntry("precision", "W4A16")
                .containsEntry("commit", "0123abcdef0123abcdef0123abcdef0123abcdef").containsEntry("model_label", "Fixture Matrix A");
        assertThat(records).anySatisfy(r -> assertThat(r).containsEntry("model", MODEL_B).containsEntry("tool", LMDEPLOY)
                .containsEntry("status", "no").containsEntry("supported", "false"));
        // Two models of the family × every tool with a statement: each cell has at least one row.
        Set<String> cells = new HashSet<>();
        records.forEach(r -> cells.add(r.get("model") + " " + r.get("tool")));
        assertThat(cells).hasSize(2 * getJson("/api/matrix").get("tools").size());
    }

    @Test
    void shouldRejectAFormatItDoesNotOffer() throws Exception {
        Answer a = get("/api/matrix", "format", "ttl");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(a.body()).get("parameter").asString()).isEqualTo("format");
    }

    @Test
    void shouldPreviewAsManyNodesAsTheExpansionThenReturns() throws Exception {
        String[] params = { "iri", FAMILY, "hops", "2", "predicate", DEF + "family", "predicate", DEF + "supportsModel",
                "predicate", DEF + "support", "type", "Model", "type", "SoftwareTool" };
        JsonNode preview = getJson("/api/expand", concat(params, "preview", "true"));
        JsonNode page = getJson("/api/expand", concat(params, "limit", "200"));
        assertThat(page.get("nodes")).hasSize(preview.get("total").asInt());
        List<String> ids = new ArrayList<>();
        page.get("nodes").forEach(n -> ids.add(n.at("/data/id").asString()));
        List<String> previewIds = new ArrayList<>();
        preview.get("nodeIds").forEach(n -> previewIds.add(n.asString()));
        assertThat(ids).isEqualTo(previewIds);
        // Hop 1: the family's two models and XTuner (supports the family); hop 2: what XTuner supports.
        // LMDeploy's statements go through ikg:Support nodes, which are not resources to draw.
        assertThat(preview.at("/byHop/0").asInt()).isEqualTo(3);
        assertThat(ids.subList(0, 3)).containsExactlyInAnyOrder(MODEL_A, MODEL_B, XTUNER);
        assertThat(ids).contains(ID + "model/internlm2-7b").doesNotContain(MODEL_C, LMDEPLOY);
        // Every edge joins drawn nodes.
        Set<String> drawn = new HashSet<>(ids);
        drawn.add(FAMILY);
        page.get("edges").forEach(e -> assertThat(drawn).contains(e.at("/data/source").asString(), e.at("/data/target").asString()));
    }

    @Test
    void shouldPageAMultiHopExpansion() throws Exception {
        String[] params = { "iri", LMDEPLOY, "hops", "2" };
        int total = getJson("/api/expand", concat(params, "preview", "true")).get("total").asInt();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 40) {
            JsonNode page = getJson("/api/expand", concat(params, "limit", "40", "offset", String.valueOf(offset)));
            page.get("nodes").forEach(n -> assertThat(seen.add(n.at("/data/id").asString())).isTrue());
            assertThat(page.get("total").asInt()).isEqualTo(total);
        }
        assertThat(seen).hasSize(total);
        assertThat(total).isGreaterThan(40);
    }

    @Test
    void shouldRejectTooManyHops() throws Exception {
        Answer a = get("/api/expand", "iri", FAMILY, "hops", "4");
        assertThat(a.status()).isEqualTo(400);
        assertThat(json.readTree(a.body()).get("parameter").asString()).isEqualTo("hops");
    }

    @Test
    void shouldReportTheModelWithoutFamilyAsAWarning() throws Exception {
        JsonNode report = getJson("/api/validation");
        List<JsonNode> aboutC = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("focus").asString().equals(MODEL_C)) {
                aboutC.add(f);
            }
        });
        assertThat(aboutC).hasSize(1);
        assertThat(aboutC.get(0).get("severity").asString()).isEqualTo("WARNING");
        assertThat(aboutC.get(0).get("path").asString()).contains("family");
        assertThat(aboutC.get(0).get("message").asString()).isNotBlank();
        assertThat(report.get("warnings").asInt()).isGreaterThanOrEqualTo(1);
        // The same revision gives the same (cached) report.
        assertThat(getJson("/api/validation").get("revision")).isEqualTo(report.get("revision"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
