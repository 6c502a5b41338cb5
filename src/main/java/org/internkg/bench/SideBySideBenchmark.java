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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
                           List<String> extraInternKgArguments, Path workDirectory, boolean cacheMix, String wrk) {
    }

    /** The measurements of one server: start-up, memory, and a cell per template (and the mix) and concurrency. */
    public record ServerRun(String name, Duration startUp, long residentMb, long peakMb,
                            Map<String, Map<Integer, Measurement>> cells) {
    }

    public static final String MIX = "explorer mix";
    public static final String API_MIX = "explorer API mix";

    private static String mixName(List<BenchQuery> queries) {
        return BenchInstances.isApi(queries.get(0)) ? API_MIX : MIX;
    }

    private final Settings settings;
    private final PrintStream progress;

    public SideBySideBenchmark(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs everything and returns the runs in order: in-process floor, Fuseki, InternKG, Fuseki, and InternKG with the cache on. */
    public List<ServerRun> run() throws Exception {
        Files.createDirectories(settings.workDirectory());
        LoadDriver driver = new LoadDriver(settings.warmUp(), settings.duration());
        List<BenchQuery> queries;
        List<BenchQuery> api;
        List<ServerRun> runs = new ArrayList<>();
        try (KnowledgeBase store = KnowledgeBase.onDisk(settings.store())) {
            List<BenchQuery> all = new BenchInstances(store, settings.instances(), settings.seed()).queries().stream()
                    .filter(q -> settings.only().isEmpty() || settings.only().stream().anyMatch(q.name()::startsWith)).toList();
            queries = all.stream().filter(q -> !BenchInstances.isApi(q)).toList();
            api = all.stream().filter(BenchInstances::isApi).toList();
            progress.printf("%d templates, %d instances each; in-process ARQ floor%n", queries.size(), settings.instances());
            runs.add(measure("in-process ARQ", new JavaClientLoad(driver, new InProcessTarget(store)), () -> { }, queries,
                    Duration.ZERO, -1, -1, settings.clients()));
        }
        runs.add(server("Fuseki 5.6.0 (1st)", fuseki(), queries, driver, List.of()));
        runs.add(server("InternKG", internKg(), queries, driver, api));
        runs.add(server("Fuseki 5.6.0 (2nd)", fuseki(), queries, driver, List.of()));
        if (settings.cacheMix() && queries.size() > 1) {
            runs.add(cachedMixes(queries, api, driver));
        }
        return runs;
    }

    private ServerRun server(String name, Launch launch, List<BenchQuery> queries, LoadDriver driver, List<BenchQuery> api)
            throws Exception {
        Path log = settings.workDirectory().resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        progress.printf("%s: starting%n", name);
        try (ServerProcess server = ServerProcess.start(name, launch.command(), launch.endpoint(), log)) {
            progress.printf("%s: first answer after %d ms, %d MB resident%n", name, server.startUp().toMillis(), server.residentMb());
            ServerRun run = measure(name, load(server.endpoint(), false, driver), settle(server), queries, server.startUp(),
                    server.residentMb(), 0, settings.clients());
            if (!api.isEmpty()) {
                // The explorer's own API at one client: it has no Fuseki counterpart.
                ServerRun apiRun = measure(name, load(server.endpoint().resolve("/"), true, driver), settle(server), api,
                        server.startUp(), 0, 0, List.of(1));
                run.cells().putAll(apiRun.cells());
            }
            return new ServerRun(name, run.startUp(), run.residentMb(), server.peakMb(), run.cells());
        }
    }

    /** wrk when installed, else this JVM's HTTP client; the same for every server of the run. */
    private Load load(URI endpoint, boolean api, LoadDriver driver) throws IOException {
        if (settings.wrk() != null) {
            return new WrkLoad(settings.wrk(), endpoint, api, settings.warmUp(), settings.duration(), settings.workDirectory());
        }
        return new JavaClientLoad(driver, api ? new ApiTarget(endpoint) : new HttpTarget(endpoint));
    }

    /**
     * InternKG once more with the response cache on: only the weighted mixes, where repeated requests occur. Every
     * distinct instance is asked once first (two at a time, not measured): the cache then holds what users already
     * asked for, which is the situation it is for; a cold cache on a short run measures only misses.
     */
    private ServerRun cachedMixes(List<BenchQuery> queries, List<BenchQuery> api, LoadDriver driver) throws Exception {
        String name = "InternKG, cache on";
        Launch launch = internKg(List.of("--internkg.cache.enabled=true"));
        progress.printf("%s: starting%n", name);
        try (ServerProcess server = ServerProcess.start(name, launch.command(), launch.endpoint(),
                settings.workDirectory().resolve("InternKG-cache-on.log"))) {
            progress.printf("%s: first answer after %d ms; asking every instance once%n", name, server.startUp().toMillis());
            long primed = prime(new HttpTarget(server.endpoint()), queries) + prime(new ApiTarget(server.endpoint().resolve("/")), api);
            progress.printf("%s: %d instances asked once%n", name, primed);
            Map<String, Map<Integer, Measurement>> cells = new LinkedHashMap<>();
            Load sparql = load(server.endpoint(), false, driver);
            for (int clients : settings.clients()) {
                Measurement m = sparql.runMix(queries, clients);
                cells.computeIfAbsent(MIX, k -> new LinkedHashMap<>()).put(clients, m);
                progress.printf("  %-22s %2d clients: %8.1f req/s  p95 %8.1f ms%n", MIX, clients, m.requestsPerSecond(), m.p95Millis());
            }
            if (!api.isEmpty()) {
                Measurement m = load(server.endpoint().resolve("/"), true, driver).runMix(api, 1);
                cells.put(API_MIX, new LinkedHashMap<>(Map.of(1, m)));
                progress.printf("  %-22s  1 client:  %8.1f req/s  p95 %8.1f ms%n", API_MIX, m.requestsPerSecond(), m.p95Millis());
            }
            return new ServerRun(name, server.startUp(), server.residentMb(), server.peakMb(), cells);
        }
    }

    /** Sends every instance of {@code queries} once, two at a time; answers that fail are not retried. */
    private static long prime(QueryTarget target, List<BenchQuery> queries) throws InterruptedException {
        List<Runnable> jobs = new ArrayList<>();
        for (BenchQuery query : queries) {
            for (String instance : query.instances()) {
                jobs.add(() -> {
                    try {
                        target.answer(instance, query);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        // a refused or failed instance stays uncached; the measured run will count it
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        jobs.forEach(pool::execute);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return jobs.size();
    }

    /** What runs before every cell: waiting until the server has finished the previous cell's queries. */
    interface Settle {
        void await() throws InterruptedException;
    }

    private Settle settle(ServerProcess server) {
        return () -> {
            Duration waited = CpuIdle.await(server.pid(), SETTLE_AT_MOST);
            if (waited.compareTo(Duration.ofSeconds(3)) > 0) {
                progress.printf("  (%s was still busy: waited %.1f s before the next cell)%n", server.name(), waited.toMillis() / 1000.0);
            }
        };
    }

    /** Well past InternKG's query timeout (10 s); Fuseki as configured here has none, so a heavy cell may need more. */
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(60);

    private ServerRun measure(String name, Load load, Settle settle, List<BenchQuery> queries,
                              Duration startUp, long residentMb, long peakMb, List<Integer> concurrencies) throws Exception {
        Map<String, Map<Integer, Measurement>> cells = new LinkedHashMap<>();
        for (BenchQuery query : queries) {
            for (int clients : concurrencies) {
                settle.await();
                Measurement m = load.run(query, clients);
                cells.computeIfAbsent(query.name(), k -> new LinkedHashMap<>()).put(clients, m);
                progress.printf("  %-22s %2d clients: %8.1f req/s  p95 %8.1f ms%s%n", query.name(), clients,
                        m.requestsPerSecond(), m.p95Millis(), m.failed() > 0 ? "  " + m.failed() + " failed" : "");
            }
        }
        if (queries.size() > 1) {
            for (int clients : concurrencies) {
                settle.await();
                Measurement m = load.runMix(queries, clients);
                cells.computeIfAbsent(mixName(queries), k -> new LinkedHashMap<>()).put(clients, m);
                progress.printf("  %-22s %2d clients: %8.1f req/s  p95 %8.1f ms%s%n", mixName(queries), clients,
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
        return internKg(List.of());
    }

    private Launch internKg(List<String> more) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + settings.heap(), "-jar", settings.internKgJar().toString(),
                "serve", "--server.port=" + port, "--server.address=127.0.0.1",
                "--internkg.store.location=" + settings.store().toAbsolutePath()));
        command.addAll(settings.extraInternKgArguments());
        command.addAll(more);
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
