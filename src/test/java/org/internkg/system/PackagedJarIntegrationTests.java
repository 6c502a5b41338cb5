package org.internkg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar {@code ./mvnw package} builds, started as a user starts it ({@code java -jar target/internkg.jar}): it runs
 * from the bean definitions Spring AOT generated at build time, and what those fix at build time still follows the
 * command line (the response cache switch).
 */
class PackagedJarIntegrationTests {

    private static final Path JAR = Path.of("target", "internkg.jar");
    /** A query whose answer differs on every run unless it comes from the response cache. */
    private static final String FRESH_EACH_TIME = "/sparql?query=" + URLEncoder.encode("SELECT (STRUUID() AS ?u) {}", StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path logs;

    @Test
    void shouldServeFromTheBuildTimeDefinitionsWithoutCachingByDefault() throws Exception {
        try (ServerProcess server = start(logs.resolve("default.log"))) {
            assertThat(server.output()).contains("Starting AOT-processed InternKgApplication");
            assertThat(get(server, "/api/search?q=XTuner").body()).contains("XTuner");
            assertThat(get(server, "/api/docs/openapi.json").statusCode()).isEqualTo(200);
            assertThat(get(server, "/actuator/health/readiness").body()).contains("UP");
            assertThat(get(server, FRESH_EACH_TIME).body()).isNotEqualTo(get(server, FRESH_EACH_TIME).body());
        }
    }

    @Test
    void shouldTurnTheResponseCacheOnFromTheCommandLine() throws Exception {
        try (ServerProcess server = start(logs.resolve("cache.log"), "--internkg.cache.enabled=true")) {
            assertThat(server.output()).contains("Starting AOT-processed InternKgApplication");
            assertThat(get(server, FRESH_EACH_TIME).body()).isEqualTo(get(server, FRESH_EACH_TIME).body());
        }
    }

    private HttpResponse<String> get(ServerProcess server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code java -jar JAR serve} on a free port. */
    private static ServerProcess start(Path log, String... options) throws Exception {
        assertThat(JAR).as("the packaged jar (./mvnw verify builds it before the integration tests)").exists();
        return ServerProcess.start(port -> {
            List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx512m", "-jar", JAR.toString(), "serve",
                    "--server.port=" + port, "--server.address=127.0.0.1", "--internkg.explore.warm-hubs=false"));
            command.addAll(List.of(options));
            return command;
        }, log);
    }
}
