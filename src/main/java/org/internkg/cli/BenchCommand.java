package org.internkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.internkg.bench.BenchTable;
import org.internkg.bench.SideBySideBenchmark;
import org.internkg.bench.WrkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the side-by-side benchmark against Apache Jena Fuseki; {@code src/bench/run} prepares data, store and Fuseki. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark /sparql side by side with Apache Jena Fuseki on the same store, the same query instances "
                + "and the same HTTP client: Fuseki, InternKG, Fuseki again, plus the in-process ARQ floor. "
                + "Prints a Markdown table. Usually started by src/bench/run.")
class BenchCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store both servers answer from (load --bulk builds one).")
    private Path store;

    @Option(names = "--fuseki-classpath", paramLabel = "FILE", required = true,
            description = "A file holding the classpath of jena-fuseki-main (src/bench/run writes it with Maven).")
    private Path fusekiClasspath;

    @Option(names = "--jar", paramLabel = "JAR", defaultValue = "target/internkg.jar", description = "The InternKG jar to start (default ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of both servers (default ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "Concurrencies (default ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--duration", defaultValue = "10", description = "Seconds measured per cell (default ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--warm-up", defaultValue = "2", description = "Seconds of warm-up before each cell, not counted (default ${DEFAULT-VALUE}).")
    private int warmUpSeconds;

    @Option(names = "--instances", defaultValue = "200", description = "Distinct instances per template (default ${DEFAULT-VALUE}).")
    private int instances;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the instance sample (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--only", split = ",", description = "Only the templates whose names start with these (e.g. q01,q04).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--internkg-option", paramLabel = "--name=value", description = "A Spring property for the InternKG server, e.g. --internkg-option=--internkg.cache.enabled=true.")
    private List<String> internKgOptions = new ArrayList<>();

    @Option(names = "--no-cache-run", description = "Skip the extra InternKG run with the response cache on (the mixes only).")
    private boolean skipCacheRun;

    @Option(names = "--client", defaultValue = "auto", description = "HTTP load generator: wrk (the Debian package), java "
            + "(this JVM's HttpClient, a few ms more per request), or auto: wrk when on the PATH (default ${DEFAULT-VALUE}).")
    private String client;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Logs and the report (default ${DEFAULT-VALUE}).")
    private Path work;

    private String wrk() {
        return switch (client) {
            case "java" -> null;
            case "wrk" -> WrkLoad.find().orElseThrow(() -> new IllegalArgumentException("--client wrk: no wrk on the PATH (apt-get install wrk)"));
            case "auto" -> WrkLoad.find().orElse(null);
            default -> throw new IllegalArgumentException("--client: wrk, java or auto, not " + client);
        };
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with ./mvnw -DskipTests package, or name it with --jar");
        }
        var settings = new SideBySideBenchmark.Settings(store, jar, Files.readString(fusekiClasspath).strip(), heap, clients,
                Duration.ofSeconds(warmUpSeconds), Duration.ofSeconds(seconds), instances, seed, only, internKgOptions, work,
                !skipCacheRun, wrk());
        String client = "HTTP load from " + (settings.wrk() == null ? "Java's HttpClient (no wrk on the PATH)" : settings.wrk()) + "\n\n";
        System.err.print(client);
        String table = client + BenchTable.markdown(new SideBySideBenchmark(settings, System.err).run());
        Path report = work.resolve("report-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(report, table);
        System.out.print(table);
        System.err.println("report: " + report);
        return 0;
    }
}
