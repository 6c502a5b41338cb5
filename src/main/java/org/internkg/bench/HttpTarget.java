package org.internkg.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A SPARQL endpoint over HTTP, as the benchmark's one client for every server: a form POST (SPARQL 1.1 Protocol),
 * keep-alive connections, the whole body read; anything but 200 is a failure.
 */
public final class HttpTarget implements QueryTarget {

    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public HttpTarget(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void answer(String query, BenchQuery template) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", template.accept())
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(template.name() + ": HTTP " + response.statusCode());
        }
    }

    /** True once the endpoint answers a trivial query. */
    public boolean answersAsk() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D"))
                    .timeout(Duration.ofSeconds(2)).header("Accept", "application/sparql-results+json").GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
