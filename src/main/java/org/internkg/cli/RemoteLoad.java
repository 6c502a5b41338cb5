package org.internkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.internkg.graph.RdfFiles;

/**
 * {@code load --remote URL}: sends each file to a running server through the Graph Store Protocol
 * ({@code POST /data?graph=IRI}) with the write token, as one all-or-nothing write per file. The server checks
 * and validates; its answer (a syntax error with line and column, a shape report) is printed as it comes.
 */
final class RemoteLoad {

    private final URI base;
    private final String token;
    private final String graph;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteLoad(URI base, String token, String graph) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = token;
        this.graph = graph;
    }

    int send(List<Path> files) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--remote needs the server's write token: --token or $INTERNKG_WRITE_TOKEN");
        }
        if (graph == null) {
            throw new IllegalArgumentException("--remote writes one named graph: give it with --graph IRI");
        }
        for (Path file : files) {
            Lang lang = RdfFiles.langOf(file.getFileName().toString());
            if (lang != Lang.TURTLE && lang != Lang.NTRIPLES) {
                throw new IllegalArgumentException(file + ": --remote sends Turtle (.ttl) or N-Triples (.nt) only");
            }
            URI target = base.resolve("data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
            try {
                HttpRequest request = HttpRequest.newBuilder(target)
                        .header("Authorization", "Bearer " + token.strip())
                        .header("Content-Type", lang.getHeaderString() + ";charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(file + " was refused by " + base + " (HTTP " + response.statusCode() + "): "
                            + response.body().strip());
                }
                System.err.println(file + ": " + response.body().strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot send " + file + " to " + base + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending " + file, e);
            }
        }
        return 0;
    }
}
