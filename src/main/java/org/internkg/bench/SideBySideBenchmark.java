package org.internkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.internkg.graph.KnowledgeBase;

/**
 * The side-by-side run: the same store, the same query instances and the same client against Fuseki, then
 * InternKG, then Fuseki again (one-client figures of cheap queries drift between runs, so the candidate is judged
 * against both), each in its own JVM with the same heap; and the in-process ARQ floor on the store first.
 */
public final class SideBySideBenchmark {

    /** What to run. {@code extraInternKgArguments} are Spring properties for the candidate (e.g. the cache). */
    public record Settings(Path store, Path internKgJar, String fusekiClasspath, String heap, List<Integer> clients,
                           Duration warmUp, Duration duration, int instances, long seed, List<String> only,
                           List<String> extraInternKgArguments, Path workDirectory) {
    }

    /** The measurements of one server: start-up, memory, and a cell per template (and the mix) and concurrency. */
    public record ServerRun(String name, Duration startUp, long residentMb, long peakMb,
                            Map<String, Map<Integer, Measurement>> cells) {
    }

    public static final String MIX = "explorer mix";

    private final Settings settings;
    private final PrintStream progress;

    public SideBySideBenchmark(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs everything and returns the runs in order: in-process floor, Fuseki, InternKG, Fuseki. */
    public List<ServerRun> run() throws IOException, InterruptedException {
        Files.createDirectories(settings.workDirectory());
        LoadDriver driver = new LoadDriver(settings.warmUp(), settings.duration());
        List<BenchQuery> queries;
        List<ServerRun> runs = new ArrayList<>();
        try (KnowledgeBase store = KnowledgeBase.onDisk(settings.store())) {
            queries = new BenchInstances(store, settings.instances(), settings.seed()).queries().stream()
                    .filter(q -> settings.only().isEmpty() || settings.only().stream().anyMatch(q.name()::startsWith)).toList();
            progress.printf("%d templates, %d instances each; in-process ARQ floor%n", queries.size(), settings.instances());
            runs.add(measure("in-process ARQ", new InProcessTarget(store), queries, driver, Duration.ZERO, -1, -1));
        }
        runs.add(server("Fuseki 5.6.0 (1st)", fuseki(), queries, driver));
        runs.add(server("InternKG", internKg(), queries, driver));
        runs.add(server("Fuseki 5.6.0 (2nd)", fuseki(), queries, driver));
        return runs;
    }

    private ServerRun server(String name, Launch launch, List<BenchQuery> queries, LoadDriver driver)
            throws IOException, InterruptedException {
        Path log = settings.workDirectory().resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        progress.printf("%s: starting%n", name);
        try (ServerProcess server = ServerProcess.start(name, launch.command(), launch.endpoint(), log)) {
            progress.printf("%s: first answer after %d ms, %d MB resident%n", name, server.startUp().toMillis(), server.residentMb());
            ServerRun run = measure(name, new HttpTarget(server.endpoint()), queries, driver, server.startUp(), server.residentMb(), 0);
            return new ServerRun(name, run.startUp(), run.residentMb(), server.peakMb(), run.cells());
        }
    }

    private ServerRun measure(String name, QueryTarget target, List<BenchQuery> queries, LoadDriver driver,
                              Duration startUp, long residentMb, long peakMb) throws InterruptedException {
        Map<String, Map<Integer, Measurement>> cells = new LinkedHashMap<>();
        for (BenchQuery query : queries) {
            for (int clients : settings.clients()) {
                Measurement m = driver.run(target, query, clients);
                cells.computeIfAbsent(query.name(), k -> new LinkedHashMap<>()).put(clients, m);
                progress.printf("  %-22s %2d clients: %8.1f req/s  p95 %8.1f ms%s%n", query.name(), clients,
                        m.requestsPerSecond(), m.p95Millis(), m.failed() > 0 ? "  " + m.failed() + " failed" : "");
            }
        }
        if (queries.size() > 1) {
            for (int clients : settings.clients()) {
                Measurement m = driver.runMix(target, queries, clients);
                cells.computeIfAbsent(MIX, k -> new LinkedHashMap<>()).put(clients, m);
                progress.printf("  %-22s %2d clients: %8.1f req/s  p95 %8.1f ms%s%n", MIX, clients,
                        m.requestsPerSecond(), m.p95Millis(), m.failed() > 0 ? "  " + m.failed() + " failed" : "");
            }
        }
        return new ServerRun(name, startUp, residentMb, peakMb, cells);
    }

    private record Launch(List<String> command, URI endpoint) {
    }

    private Launch fuseki() throws IOException {
        int port = freePort();
        Path config = FusekiConfiguration.write(settings.store(), settings.workDirectory().resolve("fuseki.ttl"));
        List<String> command = List.of(java(), "-Xmx" + settings.heap(), "-cp", settings.fusekiClasspath(),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port, "--localhost", "--config=" + config);
        return new Launch(command, URI.create("http://127.0.0.1:" + port + "/ds/sparql"));
    }

    private Launch internKg() throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + settings.heap(), "-jar", settings.internKgJar().toString(),
                "serve", "--server.port=" + port, "--server.address=127.0.0.1",
                "--internkg.store.location=" + settings.store().toAbsolutePath()));
        command.addAll(settings.extraInternKgArguments());
        return new Launch(command, URI.create("http://127.0.0.1:" + port + "/sparql"));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
