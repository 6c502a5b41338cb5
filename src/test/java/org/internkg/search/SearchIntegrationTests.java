package org.internkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/search} follows the write API: a label uploaded as a source graph is found, and gone once deleted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "internkg.write.token=" + SearchIntegrationTests.TOKEN)
class SearchIntegrationTests {

    static final String TOKEN = "search-integration-token-0123456789";
    private static final String SOURCE = "https://w3id.org/internkg/id/source/search-upload-fixture";
    private static final String TOOL = "https://w3id.org/internkg/id/tool/quasar-launcher";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private List<String> search(String q) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> iris = new ArrayList<>();
        json.readTree(r.body()).at("/hits").forEach((JsonNode h) -> iris.add(h.at("/iri").asString()));
        return iris;
    }

    private int send(String method, String body) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/data?graph=" + URLEncoder.encode(SOURCE, StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN);
        b = body == null ? b.DELETE() : b.header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void shouldFindALabelUploadedThroughTheWriteApiAndForgetItWhenDeleted() throws Exception {
        assertThat(search("Quasar Launcher")).doesNotContain(TOOL);
        int status = send("PUT", """
                @prefix ikg: <https://w3id.org/internkg/def/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a ikg:SourceDocument ; rdfs:label "Search upload test"@en ;
                    prov:wasDerivedFrom <https://example.org/search-upload> ; ikg:retrievedOn "2026-11-28"^^xsd:date .
                <%s> a ikg:SoftwareTool ; rdfs:label "Quasar Launcher"@en, "类星体发射器"@zh ;
                    ikg:servesStage <https://w3id.org/internkg/id/stage/deployment> .
                """.formatted(SOURCE, TOOL));
        assertThat(status).isIn(200, 201, 204);

        assertThat(search("Quasar Launcher")).first().isEqualTo(TOOL);
        assertThat(search("quasar laun")).first().isEqualTo(TOOL);
        assertThat(search("类星体")).contains(TOOL);

        assertThat(send("DELETE", null)).isIn(200, 204);
        assertThat(search("Quasar Launcher")).doesNotContain(TOOL);
    }
}
