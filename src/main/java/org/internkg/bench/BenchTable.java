package org.internkg.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.internkg.bench.SideBySideBenchmark.ServerRun;

/**
 * The report as Markdown: per template and concurrency, each server's req/s and p50/p95/p99, the ratio of
 * InternKG's req/s to each Fuseki run, and the in-process floor; then start-up and memory.
 */
public final class BenchTable {

    private BenchTable() {
    }

    /** {@code runs}: in-process floor, Fuseki (1st), InternKG, Fuseki (2nd), in that order, then optionally InternKG with the cache on. */
    public static String markdown(List<ServerRun> runs) {
        ServerRun floor = runs.get(0);
        ServerRun fusekiA = runs.get(1);
        ServerRun internKg = runs.get(2);
        ServerRun fusekiB = runs.get(3);
        StringBuilder out = new StringBuilder();
        out.append("| query | clients | Fuseki 1st req/s | p50/p95/p99 ms | InternKG req/s | p50/p95/p99 ms | Fuseki 2nd req/s | p50/p95/p99 ms | InternKG/Fuseki 1st | InternKG/Fuseki 2nd | in-process req/s |\n");
        out.append("|---|---:|---:|---|---:|---|---:|---|---:|---:|---:|\n");
        for (Map.Entry<String, Map<Integer, Measurement>> row : internKg.cells().entrySet()) {
            if (!fusekiA.cells().containsKey(row.getKey())) {
                continue;
            }
            for (Map.Entry<Integer, Measurement> cell : row.getValue().entrySet()) {
                Measurement a = fusekiA.cells().get(row.getKey()).get(cell.getKey());
                Measurement k = cell.getValue();
                Measurement b = fusekiB.cells().get(row.getKey()).get(cell.getKey());
                Measurement f = floor.cells().getOrDefault(row.getKey(), Map.of()).get(cell.getKey());
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        row.getKey(), cell.getKey(), rate(a), latency(a), rate(k), latency(k), rate(b), latency(b),
                        ratio(k, a), ratio(k, b), f == null ? "" : rate(f)));
            }
        }
        if (internKg.cells().keySet().stream().anyMatch(name -> !fusekiA.cells().containsKey(name))) {
            out.append("\n| InternKG explorer API | clients | req/s | p50/p95/p99 ms |\n|---|---:|---:|---|\n");
            internKg.cells().forEach((name, cells) -> {
                if (!fusekiA.cells().containsKey(name)) {
                    cells.forEach((clients, m) -> out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n",
                            name, clients, rate(m), latency(m))));
                }
            });
        }
        if (runs.size() > 4) {
            ServerRun cached = runs.get(4);
            out.append("\n| with the response cache on | clients | InternKG req/s | p50/p95/p99 ms | InternKG/Fuseki 1st | InternKG/Fuseki 2nd |\n|---|---:|---:|---|---:|---:|\n");
            cached.cells().forEach((name, cells) -> cells.forEach((clients, m) -> {
                Measurement a = fusekiA.cells().getOrDefault(name, Map.of()).get(clients);
                Measurement b = fusekiB.cells().getOrDefault(name, Map.of()).get(clients);
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, clients, rate(m), latency(m),
                        a == null ? "–" : ratio(m, a), b == null ? "–" : ratio(m, b)));
            }));
        }
        out.append("\n| server | first answered query | resident after start | peak resident |\n|---|---:|---:|---:|\n");
        for (ServerRun run : runs.subList(1, Math.min(4, runs.size()))) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f s | %d MB | %d MB |%n", run.name(),
                    run.startUp().toMillis() / 1000.0, run.residentMb(), run.peakMb()));
        }
        return out.toString();
    }

    private static String rate(Measurement m) {
        String rate = m.requestsPerSecond() >= 100 ? String.format(Locale.ROOT, "%.0f", m.requestsPerSecond())
                : String.format(Locale.ROOT, "%.1f", m.requestsPerSecond());
        return m.failed() > 0 ? rate + " (" + m.failed() + " failed)" : rate;
    }

    private static String latency(Measurement m) {
        return String.format(Locale.ROOT, "%s/%s/%s", ms(m.p50Millis()), ms(m.p95Millis()), ms(m.p99Millis()));
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis >= 10 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String ratio(Measurement candidate, Measurement reference) {
        if (reference.requestsPerSecond() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f×", candidate.requestsPerSecond() / reference.requestsPerSecond());
    }
}
