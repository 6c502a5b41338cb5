package org.internkg.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Fetches an upstream document over HTTP, politely: GitHub blob URLs become raw URLs on a configurable base, an
 * optional bearer token is sent, the ETag and Last-Modified of the last fetch are sent back
 * ({@code If-None-Match}, {@code If-Modified-Since}) so an unchanged document costs the server nothing, requests
 * are spaced by a minimum interval, and every request has a timeout. Off unless the user asks for it.
 */
public final class SourceFetcher {

    /** A fetched document; {@code notModified} when the server said 304 and {@code text} is the cached copy. */
    public record Fetched(String url, String text, boolean notModified) {
    }

    private final HttpClient client;
    private final String rawBase;
    private final String token;
    private final Duration interval;
    private final Duration timeout;
    private final Path cacheDirectory;
    private long lastRequestNanos;

    /**
     * @param rawBase        base for raw GitHub files (default {@code https://raw.githubusercontent.com})
     * @param token          bearer token for the hosts, or null
     * @param interval       minimum time between two requests
     * @param timeout        connect and request timeout
     * @param cacheDirectory where ETags, dates and the last copies are kept, or null for none
     */
    public SourceFetcher(String rawBase, String token, Duration interval, Duration timeout, Path cacheDirectory) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.rawBase = rawBase.endsWith("/") ? rawBase.substring(0, rawBase.length() - 1) : rawBase;
        this.token = token;
        this.interval = interval;
        this.timeout = timeout;
        this.cacheDirectory = cacheDirectory;
    }

    /** The URL the bytes are read from: {@code github.com/O/R/blob/REF/PATH} → {@code <rawBase>/O/R/REF/PATH}. */
    public String rawUrl(String url) {
        var m = java.util.regex.Pattern.compile("^https?://github\\.com/([^/]+)/([^/]+)/blob/(.+)$").matcher(url);
        if (m.matches()) {
            return rawBase + "/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3);
        }
        var hf = java.util.regex.Pattern.compile("^https?://huggingface\\.co/([^/]+)/([^/]+)/?$").matcher(url);
        return hf.matches() ? url.replaceAll("/$", "") + "/raw/main/README.md" : url;
    }

    public synchronized Fetched fetch(String url) {
        String raw = rawUrl(url);
        Properties cache = loadCache(raw);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(raw)).timeout(timeout).GET()
                .header("User-Agent", "InternKG-harvester/0.1 (+https://w3id.org/internkg/)");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cache.getProperty("etag") != null) {
            request.header("If-None-Match", cache.getProperty("etag"));
        }
        if (cache.getProperty("last-modified") != null) {
            request.header("If-Modified-Since", cache.getProperty("last-modified"));
        }
        waitTurn();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 304 && cachedCopy(raw) != null) {
                return new Fetched(url, cachedCopy(raw), true);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + raw + " answered HTTP " + response.statusCode());
            }
            response.headers().firstValue("ETag").ifPresent(v -> cache.setProperty("etag", v));
            response.headers().firstValue("Last-Modified").ifPresent(v -> cache.setProperty("last-modified", v));
            saveCache(raw, cache, response.body());
            return new Fetched(url, response.body(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + raw + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + raw + " was interrupted", e);
        }
    }

    private void waitTurn() {
        long wait = lastRequestNanos + interval.toNanos() - System.nanoTime();
        if (lastRequestNanos != 0 && wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequestNanos = System.nanoTime();
    }

    private Path cacheFile(String raw, String suffix) {
        return cacheDirectory.resolve(Integer.toHexString(raw.hashCode()) + suffix);
    }

    private Properties loadCache(String raw) {
        Properties p = new Properties();
        if (cacheDirectory != null && Files.exists(cacheFile(raw, ".properties"))) {
            try (InputStream in = Files.newInputStream(cacheFile(raw, ".properties"))) {
                p.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return p;
    }

    private String cachedCopy(String raw) {
        try {
            return cacheDirectory == null || !Files.exists(cacheFile(raw, ".body")) ? null : Files.readString(cacheFile(raw, ".body"));
        } catch (IOException e) {
            return null;
        }
    }

    private void saveCache(String raw, Properties cache, String body) throws IOException {
        if (cacheDirectory == null) {
            return;
        }
        Files.createDirectories(cacheDirectory);
        cache.setProperty("url", raw);
        try (OutputStream out = Files.newOutputStream(cacheFile(raw, ".properties"))) {
            cache.store(out, "InternKG harvest fetch cache");
        }
        Files.writeString(cacheFile(raw, ".body"), body);
    }
}
