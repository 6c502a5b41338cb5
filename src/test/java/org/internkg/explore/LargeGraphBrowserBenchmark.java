package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser benchmark of issue 12 (not a test: its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbench-browser verify}): how long the explorer takes to show a 2,000-node, 4,000-link subgraph
 * and become interactive in headless Chromium.
 *
 * <p>The user's action is opening a permalink that replays every neighbourhood page of a hub tool and of a
 * benchmark ({@link LargeGraphFixture}). Times are read in the page with {@code performance.now()}, so they start
 * at navigation: <b>ready</b> is the first frame painted after {@code #graph[data-restored]} (everything fetched,
 * added and laid out); <b>tap</b> is from the pointer moving onto a node to the first frame painted after it is
 * selected, pressed as soon as the benchmark sees the view ready; <b>interactive</b> is ready + tap; the main-thread
 * long tasks from the tap until 2 s after its paint say what the page still did after it (a redraw it queued). The
 * {@code internkg:*} performance marks and measures the explorer sets give the breakdown. Each run asserts the counts on the
 * canvas; runs ({@code -Dbench.runs}, default 7) come after one warm-up run; the report goes to the console and to
 * {@code target/bench/browser-large-graph.md}. Each round also draws the same view with Cytoscape.js alone
 * ({@link #FLOOR_STYLES}): the floor that no change to the explorer can go below on this machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "server.port=${bench.port:8121}")
class LargeGraphBrowserBenchmark extends BrowserTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    /**
     * The floor runs ({@code static/bench/cytoscape-floor.html}, a test resource): the same nodes, links and ring
     * placement drawn by Cytoscape.js alone, with the explorer's stylesheet, a minimal one and none, so the report
     * shows how much of the explorer's time is Cytoscape's own on this machine.
     */
    private static final Map<String, String> FLOOR_STYLES = new TreeMap<>(Map.of(
            "explorer", "Cytoscape.js alone, the explorer's stylesheet",
            "minimal", "Cytoscape.js alone, a minimal stylesheet (label, colour, haystack links)",
            "bare", "Cytoscape.js alone, no labels, default look, haystack links"));
    /** -Dbench.latency: ms added to every request, with the browser cache off (a first visit across a network). */
    private static final int LATENCY = Integer.getInteger("bench.latency", 0);
    /** How long each run watches the page after the tap's selection is painted. */
    private static final Duration AFTER_TAP = Duration.ofSeconds(2);
    /** Installed before any script of each page: records when the view is ready and when a tap took effect. */
    private static final String PROBE = """
            window.__bench = { longTasks: [] };
            try {
              new PerformanceObserver((l) => window.__bench.longTasks.push(...l.getEntries().map((t) => [t.startTime, t.duration])))
                .observe({ type: 'longtask', buffered: true });
            } catch (e) { /* no Long Tasks API: the figure stays empty */ }
            const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench[key] = performance.now(); }));
            // the tap starts when the pointer reaches the node: hover effects count as part of it
            const touched = () => { if (window.__bench.readyAt !== undefined && window.__bench.downAt === undefined) window.__bench.downAt = performance.now(); };
            document.addEventListener('mousemove', touched, true);
            document.addEventListener('mousedown', touched, true);
            new MutationObserver((records) => {
              for (const r of records) {
                const v = r.target.getAttribute(r.attributeName);
                if (r.attributeName === 'data-restored' && v === 'true' && window.__bench.restoredAt === undefined) {
                  window.__bench.restoredAt = performance.now();
                  painted('readyAt');
                }
                if (r.attributeName === 'data-selected' && v && window.__bench.downAt !== undefined && window.__bench.selectedAt === undefined) {
                  window.__bench.selectedAt = performance.now();
                  painted('selectedPaintedAt');
                }
              }
            }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-restored', 'data-selected'] });
            """;

    @DynamicPropertySource
    static void largeGraph(DynamicPropertyRegistry registry) {
        LargeGraphFixture.register(registry);
    }

    record Run(double ready, double tap, int nodes, int edges, String status, Map<String, Double> marks,
               int apiRequests, double apiMillis, double longTaskMillis, double afterTapMillis) {
        double interactive() {
            return ready + tap;
        }
    }

    @Test
    void measureTheTimeToAnInteractive2000NodeView() throws IOException {
        int runs = Integer.getInteger("bench.runs", 7);
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        if (LATENCY > 0) {
            // a first visit to a server across a network: nothing cached, every request waits this long for its answer
            ((ChromeDriver) driver).executeCdpCommand("Network.enable", Map.of());
            ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                    "latency", LATENCY, "downloadThroughput", -1, "uploadThroughput", -1));
        }
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        List<Run> measured = new ArrayList<>();
        String profile = System.getProperty("bench.profile", "");
        Map<String, List<Run>> floors = new TreeMap<>();
        // each round: the explorer, then each floor, so that both see the same minutes of the machine's load
        for (int i = 0; i <= runs; i++) {
            String target = i % 2 == 0 ? LargeGraphFixture.model(1000) : LargeGraphFixture.model(1001);
            String label = i == 0 ? "warm-up" : "measured";
            boolean profiled = !profile.isBlank() && i == runs;
            if (profiled) {
                startProfiler();
            }
            Run run = once(LargeGraphFixture.permalink(), target, true);
            if (profiled) {
                stopProfiler(Path.of(profile));
            }
            System.out.printf("%s run %d: ready %.0f ms, tap %.0f ms, interactive %.0f ms; %d nodes, %d links; marks %s%n",
                    label, i, run.ready(), run.tap(), run.interactive(), run.nodes(), run.edges(), run.marks());
            if (i > 0) {
                measured.add(run);
            }
            for (String style : FLOOR_STYLES.keySet()) {
                Run floor = once(floorPage(style), target, false);
                System.out.printf("  Cytoscape alone (%s), %s run %d: ready %.0f ms, tap %.0f ms, interactive %.0f ms; marks %s%n",
                        style, label, i, floor.ready(), floor.tap(), floor.interactive(), floor.marks());
                if (i > 0) {
                    floors.computeIfAbsent(style, k -> new ArrayList<>()).add(floor);
                }
            }
        }
        String report = report(measured, floors, started, loadBefore, loadAverage());
        System.out.println(report);
        Path file = Path.of("target", "bench", "browser-large-graph.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    /** Chromium's sampling profiler over the next run (every 200 µs): the page's own breakdown, for {@code -Dbench.profile}. */
    private void startProfiler() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Profiler.enable", Map.of());
        chrome.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        chrome.executeCdpCommand("Profiler.start", Map.of());
    }

    /** Writes the profile as a {@code .cpuprofile} file, which Chromium's DevTools opens (Performance panel). */
    private void stopProfiler(Path file) throws IOException {
        Object profile = ((ChromeDriver) driver).executeCdpCommand("Profiler.stop", Map.of()).get("profile");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(profile), StandardCharsets.UTF_8);
        System.out.println("CPU profile of the last run: " + file.toAbsolutePath());
    }

    /** The floor page: the same two neighbourhoods drawn by Cytoscape.js alone, with the given stylesheet. */
    private static String floorPage(String style) {
        return "/bench/cytoscape-floor.html?style=" + style + "&hub=" + LargeGraphFixture.HUB + "&hub=" + LargeGraphFixture.BENCHMARK;
    }

    private Run once(String page, String target, boolean explorer) {
        driver.get("about:blank");
        open(page);
        // a script sent while the page draws waits for its main thread; on a loaded machine past the script timeout
        WebDriverWait wait = new WebDriverWait(driver, RUN_TIMEOUT, Duration.ofMillis(20));
        wait.ignoring(ScriptTimeoutException.class);
        wait.until(d -> js("return window.__bench && window.__bench.readyAt !== undefined"
                + " && document.getElementById('graph').dataset.busy === 'false';"));
        WebElement graph = driver.findElement(By.id("graph"));
        int nodes = Integer.parseInt(graph.getDomAttribute("data-node-count"));
        int edges = Integer.parseInt(graph.getDomAttribute("data-edge-count"));
        assertThat(nodes).as("nodes on the canvas").isGreaterThanOrEqualTo(LargeGraphFixture.MODELS);
        assertThat(edges).as("links on the canvas").isGreaterThanOrEqualTo(2 * LargeGraphFixture.MODELS);
        String status = explorer ? driver.findElement(By.id("status")).getText() : "";
        if (explorer) {
            assertThat(status).contains(nodes + " nodes").contains(edges + " links");
        }

        // the wanted model if it is on screen, else the first model drawn inside the canvas
        Map<String, Object> pick = js("""
                const t = window.__internkgTest; const g = document.getElementById('graph');
                const inside = (id) => { const p = t.renderedPosition(id);
                  return p && p.x > 20 && p.y > 20 && p.x < g.clientWidth - 20 && p.y < g.clientHeight - 20 ? p : null; };
                const id = inside(arguments[0]) ? arguments[0] : t.nodeIds().find((n) => n.includes('/model/scale-model-') && inside(n));
                return id ? { id, x: inside(id).x, y: inside(id).y } : null;
                """, target);
        assertThat(pick).as("a model node drawn inside the canvas").isNotNull();
        String tapped = (String) pick.get("id");
        Map<String, Number> at = Map.of("x", (Number) pick.get("x"), "y", (Number) pick.get("y"));
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(graph, dx, dy).click().perform();
        wait.until(d -> js("return window.__bench.selectedPaintedAt !== undefined;"));
        assertThat(graph.getDomAttribute("data-selected")).as("the tapped node is selected").isEqualTo(tapped);
        // what the page still does after the selection is painted (a redraw it queued) delays the next pointer move
        sleep(AFTER_TAP);

        Map<String, Object> b = js("""
                const b = window.__bench;
                const marks = {};
                performance.getEntriesByType('mark').filter((m) => m.name.startsWith('internkg:'))
                  .forEach((m) => { marks[m.name.slice(9) + ' at'] = m.startTime; });
                // phases the explorer measured (expand-* once per replayed hub): summed durations
                performance.getEntriesByType('measure').filter((m) => m.name.startsWith('internkg:'))
                  .forEach((m) => { marks[m.name.slice(9)] = (marks[m.name.slice(9)] || 0) + m.duration; });
                marks['paint after restored'] = b.readyAt - b.restoredAt;
                const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime < b.readyAt);
                // when the page's own scripts had loaded enough to ask for data, and when the last answer was in
                if (api.length) {
                  marks['first /api request at'] = Math.min(...api.map((e) => e.startTime));
                  marks['last /api answer at'] = Math.max(...api.map((e) => e.responseEnd));
                }
                return { ready: b.readyAt, tap: b.selectedPaintedAt - b.downAt, marks,
                  apiRequests: api.length, apiMillis: api.reduce((s, e) => s + e.duration, 0) };
                """);
        double longTasks = longTaskMillis();
        @SuppressWarnings("unchecked")
        Map<String, Number> marks = (Map<String, Number>) b.get("marks");
        Map<String, Double> ordered = new LinkedHashMap<>();
        marks.entrySet().stream().sorted(Map.Entry.comparingByValue((x, y) -> Double.compare(x.doubleValue(), y.doubleValue())))
                .forEach(e -> ordered.put(e.getKey(), Math.rint(e.getValue().doubleValue())));
        return new Run(num(b.get("ready")), num(b.get("tap")), nodes, edges, status, ordered,
                ((Number) b.get("apiRequests")).intValue(), num(b.get("apiMillis")), longTasks, afterTapMillis());
    }

    /** Main-thread tasks over 50 ms before the view was ready, summed (Chromium's Long Tasks API). */
    private double longTaskMillis() {
        Number n = js("""
                const ready = window.__bench.readyAt;
                return window.__bench.longTasks.filter((t) => t[0] < ready).reduce((s, t) => s + t[1], 0);
                """);
        return n == null ? Double.NaN : n.doubleValue();
    }

    /** Main-thread tasks over 50 ms from the pointer reaching the node until AFTER_TAP after its selection was painted. */
    private double afterTapMillis() {
        Number n = js("""
                const down = window.__bench.downAt;
                return window.__bench.longTasks.filter((t) => t[0] >= down).reduce((s, t) => s + t[1], 0);
                """);
        return n == null ? Double.NaN : n.doubleValue();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private String report(List<Run> runs, Map<String, List<Run>> floors, Instant started, String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder();
        Run first = runs.get(0);
        out.append("## Explorer, 2,000-node view (browser benchmark)\n\n");
        out.append("Date: ").append(started).append("; machine: ").append(machine())
                .append("; Chromium ").append(((ChromeDriver) driver).getCapabilities().getBrowserVersion()).append('\n');
        if (LATENCY > 0) {
            out.append("Network: ").append(LATENCY).append(" ms added to every request, browser cache off (Chromium's network emulation, -Dbench.latency)\n");
        }
        out.append("Load average (1/5/15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter).append('\n');
        out.append("Command: `./mvnw -Pbench-browser verify` (").append(runs.size())
                .append(" runs after one warm-up); on the canvas: ").append(first.nodes()).append(" nodes, ")
                .append(first.edges()).append(" links; status line \"").append(first.status()).append("\"\n\n");
        out.append("| from opening the permalink | median ms | max ms |\n|---|---:|---:|\n");
        row(out, "ready (fetched, drawn, laid out, painted)", runs.stream().map(Run::ready).toList());
        row(out, "tap: pointer onto a node until its selection is painted", runs.stream().map(Run::tap).toList());
        row(out, "**interactive** (ready + tap)", runs.stream().map(Run::interactive).toList());
        Map<String, List<Double>> marks = new TreeMap<>();
        runs.forEach(r -> r.marks().forEach((k, v) -> marks.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
        marks.entrySet().stream().sorted(Map.Entry.comparingByValue((x, y) -> Double.compare(median(x), median(y))))
                .forEach(e -> row(out, "`" + e.getKey() + "`", e.getValue()));
        row(out, "/api requests before ready (count)", runs.stream().map(r -> (double) r.apiRequests()).toList());
        row(out, "/api request time before ready, summed", runs.stream().map(Run::apiMillis).toList());
        row(out, "main-thread long tasks before ready, summed", runs.stream().map(Run::longTaskMillis).toList());
        row(out, "main-thread long tasks from the tap until " + AFTER_TAP.toMillis() + " ms after its paint, summed",
                runs.stream().map(Run::afterTapMillis).toList());
        out.append("\n**The floor**, in the same rounds: a page that fetches the same two neighbourhoods (two requests) and draws")
                .append(" them with Cytoscape.js alone, the same ring placement, framed by positions; ready, tap and interactive as")
                .append(" above, from navigation; \"paint after the data\" from the data in hand to the first frame painted.\n\n");
        out.append("| floor | ready, median / max ms | tap, median / max ms | **interactive**, median / max ms | paint after the data, median ms |\n")
                .append("|---|---:|---:|---:|---:|\n");
        floors.forEach((style, floor) -> out.append("| ").append(FLOOR_STYLES.get(style)).append(" | ")
                .append(medianMax(floor.stream().map(Run::ready).toList())).append(" | ")
                .append(medianMax(floor.stream().map(Run::tap).toList())).append(" | ")
                .append(medianMax(floor.stream().map(Run::interactive).toList())).append(" | ")
                .append(Math.round(median(floor.stream().map(r -> r.marks().getOrDefault("paint after restored", Double.NaN)
                        + r.marks().getOrDefault("floor-create", Double.NaN)).toList()))).append(" |\n"));
        return out.toString();
    }

    private static String medianMax(Collection<Double> values) {
        return Math.round(median(values)) + " / " + Math.round(values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    }

    private static void row(StringBuilder out, String name, Collection<Double> values) {
        out.append("| ").append(name).append(" | ").append(Math.round(median(values))).append(" | ")
                .append(Math.round(values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN))).append(" |\n");
    }

    private static double median(Collection<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return String.format("%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memory / 1e9) + " GB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java " + System.getProperty("java.version");
    }
}
