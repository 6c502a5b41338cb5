package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server as {@code serve} starts it (Jena initialised on a second thread, the bundled data from its
 * pre-parsed form): it answers queries over the whole bundled data, the API and the OpenAPI description, and
 * still refuses to start on data that breaks the shapes.
 */
class ServeCommandIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerQueriesHealthAndApiDocumentationOnceStarted() throws Exception {
        try (ConfigurableApplicationContext context = ServeCommand.application().run("--server.port=0", "--server.address=127.0.0.1")) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> count = get(base + "/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8), "application/sparql-results+json");
            assertThat(count.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(count.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"))).isGreaterThan(3000);

            assertThat(get(base + "/actuator/health/readiness", "application/json").body()).contains("\"status\":\"UP\"");
            assertThat(get(base + "/api/search?q=xtuner", "application/json").body()).containsIgnoringCase("xtuner");
            assertThat(get(base + "/api/docs/openapi.json", "application/json").body()).contains("\"openapi\"").contains("/api/search");
        }
    }

    @Test
    void shouldStillRefuseToStartWhenAdditionalDataBreaksTheShapes() {
        assertThatThrownBy(() -> ServeCommand.application().run("--server.port=0", "--server.address=127.0.0.1",
                "--internkg.store.additional-data=file:src/test/resources/fixtures/shapes-broken.trig").close())
                .hasStackTraceContaining("does not conform to the shapes");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
