package org.internkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load from {@code wrk} (the Debian package, the client of the reference figures): closed loop, one
 * keep-alive connection per client, requests replayed from a file by {@code bench/wrk-requests.lua}, a warm-up run
 * discarded, then the measured run. SPARQL instances are form POSTs to the endpoint; explorer API instances are
 * GETs of their paths. Requests still in flight when a run ends are not counted (wrk's rule).
 */
public final class WrkLoad implements Load {

    private static final Pattern RESULT = Pattern.compile("WRKRESULT requests=(\\d+) seconds=([0-9.]+) failed=(\\d+) "
            + "p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+)");
    private static final int MIX_LENGTH = 5000;

    private final String wrk;
    private final URI endpoint;
    private final boolean api;
    private final Duration warmUp;
    private final Duration duration;
    private final Path work;
    private final Path script;

    /** {@code endpoint}: the SPARQL endpoint, or with {@code api} the server's base address. */
    public WrkLoad(String wrk, URI endpoint, boolean api, Duration warmUp, Duration duration, Path work) throws IOException {
        this.wrk = wrk;
        this.endpoint = endpoint;
        this.api = api;
        this.warmUp = warmUp;
        this.duration = duration;
        this.work = Files.createDirectories(work);
        this.script = work.resolve("wrk-requests.lua");
        try (InputStream in = WrkLoad.class.getResourceAsStream("/bench/wrk-requests.lua")) {
            Files.write(script, in.readAllBytes());
        }
    }

    /** The {@code wrk} on the PATH, if any. */
    public static java.util.Optional<String> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate.toString());
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public Measurement run(BenchQuery query, int clients) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        query.instances().forEach(instance -> lines.add(line(query, instance)));
        return measure(query.name(), lines, clients);
    }

    @Override
    public Measurement runMix(List<BenchQuery> queries, int clients) throws IOException, InterruptedException {
        int total = queries.stream().mapToInt(BenchQuery::weight).sum();
        SplittableRandom random = new SplittableRandom(17);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MIX_LENGTH; i++) {
            int ticket = random.nextInt(total);
            for (BenchQuery query : queries) {
                ticket -= query.weight();
                if (ticket < 0) {
                    lines.add(line(query, query.instances().get(random.nextInt(query.instances().size()))));
                    break;
                }
            }
        }
        return measure("mix", lines, clients);
    }

    /** method TAB path TAB accept TAB body: one request; the body (form-encoded) holds no tab or line break. */
    private String line(BenchQuery query, String instance) {
        if (api) {
            return "GET\t" + endpoint.resolve(instance).getRawPath() + rawQuery(endpoint.resolve(instance)) + "\tapplication/json\t";
        }
        return "POST\t" + endpoint.getRawPath() + "\t" + query.accept() + "\tquery=" + URLEncoder.encode(instance, StandardCharsets.UTF_8);
    }

    private static String rawQuery(URI uri) {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    private Measurement measure(String name, List<String> lines, int clients) throws IOException, InterruptedException {
        Path requests = work.resolve("wrk-" + name.replaceAll("[^A-Za-z0-9-]", "_") + ".tsv");
        Files.write(requests, lines, StandardCharsets.UTF_8);
        if (!warmUp.isZero()) {
            wrk(requests, clients, warmUp);
        }
        Matcher result = RESULT.matcher(wrk(requests, clients, duration));
        if (!result.find()) {
            throw new IllegalStateException("wrk printed no result for " + name);
        }
        long requestsDone = Long.parseLong(result.group(1));
        long failed = Long.parseLong(result.group(3));
        double seconds = Double.parseDouble(result.group(2));
        long completed = requestsDone - failed;
        return new Measurement(completed / seconds, Double.parseDouble(result.group(4)), Double.parseDouble(result.group(5)),
                Double.parseDouble(result.group(6)), completed, failed);
    }

    private String wrk(Path requests, int clients, Duration length) throws IOException, InterruptedException {
        URI base = endpoint.resolve("/");
        List<String> command = List.of(wrk, "-t" + Math.min(clients, 2), "-c" + clients, "-d" + Math.max(1, length.toSeconds()) + "s",
                "--timeout", "60s", "-s", script.toString(), base.toString(), "--", requests.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(length.toSeconds() + 120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output);
        }
        return output;
    }
}
