package org.internkg.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** InternKG's explorer JSON API: each instance is a path with its query string, fetched with GET; anything but 200 fails. */
public final class ApiTarget implements QueryTarget {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public ApiTarget(URI base) {
        this.base = base;
    }

    @Override
    public void answer(String path, BenchQuery template) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(template.name() + ": HTTP " + response.statusCode());
        }
    }
}
