package org.internkg.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the cache on: repeated queries come from the cache, a write is seen at once, large answers stream through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"internkg.cache.enabled=true", "internkg.cache.max-entry-bytes=20000"})
class CacheIntegrationTests {

    private static final String LABEL_OF = "SELECT ?l WHERE { <https://w3id.org/internkg/id/tool/xtuner> <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ResponseCache cache;

    @Autowired
    private KnowledgeBase knowledgeBase;

    @Test
    void shouldAnswerARepeatedQueryFromTheCacheWithTheSameBodyAndHeaders() throws Exception {
        HttpResponse<String> first = post(LABEL_OF);
        long hits = cache.hits();

        HttpResponse<String> second = post(LABEL_OF);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("XTuner");
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(cache.hits()).isEqualTo(hits + 1);
    }

    @Test
    void shouldSeeAWriteAtOnce() throws Exception {
        String query = "ASK { <https://w3id.org/internkg/id/tool/cache-probe> ?p ?o }";
        assertThat(post(query).body()).contains("false");

        knowledgeBase.write(ds -> ds.asDatasetGraph().add(Quad.create(NodeFactory.createURI("https://w3id.org/internkg/id/source/cache-probe"),
                NodeFactory.createURI("https://w3id.org/internkg/id/tool/cache-probe"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("probe", "en"))));

        assertThat(post(query).body()).contains("true");
    }

    @Test
    void shouldCacheTheExplorerApiByTheWholeRequest() throws Exception {
        HttpResponse<String> first = get("/api/search?q=xtuner");
        long hits = cache.hits();

        HttpResponse<String> second = get("/api/search?q=xtuner");
        HttpResponse<String> other = get("/api/search?q=lmdeploy");

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(other.body()).isNotEqualTo(first.body());
        assertThat(cache.hits()).isEqualTo(hits + 1);
    }

    @Test
    void shouldStreamAnswersLargerThanTheEntryLimitWithoutKeepingThem() throws Exception {
        String everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3000";
        HttpResponse<String> first = post(everything);
        long hits = cache.hits();

        HttpResponse<String> second = post(everything);

        assertThat(first.body().length()).isGreaterThan(20000);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(cache.hits()).isEqualTo(hits);
    }

    private HttpResponse<String> post(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
