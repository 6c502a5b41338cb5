package org.internkg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.internkg.InternKgApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application starts on the bundled knowledge base and reports ready; invalid data stops it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void shouldReportReadyOnceTheKnowledgeBaseIsLoaded() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void shouldRefuseToStartWhenTheDataBreaksTheShapesAndNameTheFocusNode() {
        SpringApplication app = new SpringApplication(InternKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--internkg.store.additional-data=file:src/test/resources/fixtures/shapes-broken.trig").close())
                .hasStackTraceContaining("does not conform to the shapes")
                .hasStackTraceContaining("Violation: <https://w3id.org/internkg/id/");
    }
}
