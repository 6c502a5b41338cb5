package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer draws a 2,000-node view completely and stays usable: a permalink that replays 160 neighbourhood
 * pages of two hubs ({@link LargeGraphFixture}) puts every node and link on the canvas, and a tap selects a node.
 * No timing is asserted here; {@link LargeGraphBrowserBenchmark} measures it.
 */
class LargeGraphBrowserIntegrationTests extends BrowserTest {

    private static final int PAGES = 2 * LargeGraphFixture.MODELS / LargeGraphFixture.PAGE_SIZE;

    @DynamicPropertySource
    static void largeGraph(DynamicPropertyRegistry registry) {
        LargeGraphFixture.register(registry);
    }

    private JsonNode overview() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/overview")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }

    private void openPermalink() {
        open(LargeGraphFixture.permalink());
        // A loaded build machine may need far longer than the usual wait for 2,000 nodes, and a script sent while
        // the page draws them waits for the page's main thread: keep asking.
        new WebDriverWait(driver, Duration.ofMinutes(5)).ignoring(ScriptTimeoutException.class).until(d -> Boolean.TRUE.equals(
                js("const g = document.getElementById('graph').dataset; return g.restored === 'true' && g.busy === 'false';")));
    }

    @Test
    void shouldListTheFirstFactsOfAHubAndSayTheRestAreLeftOut() throws Exception {
        String iri = java.net.URLEncoder.encode(LargeGraphFixture.HUB, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/resource?iri=" + iri)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode hub = JsonMapper.builder().build().readTree(r.body());

        List<String> supported = new java.util.ArrayList<>();
        int[] outgoing = {0};
        hub.at("/facts").forEach(f -> {
            if (f.at("/direction").asString().equals("out")) {
                outgoing[0]++;
            }
            if (f.at("/predicate/iri").asString().endsWith("/supportsModel")) {
                supported.add(f.at("/value/iri").asString());
            }
        });
        assertThat(hub.at("/truncated").asBoolean()).isTrue();
        assertThat(outgoing[0]).isLessThanOrEqualTo(ResourceFactsQuery.FACTS_PER_DIRECTION);
        // the first of the hub's models in order, from the first on, and far from all of them
        assertThat(supported).hasSizeBetween(ResourceFactsQuery.FACTS_PER_DIRECTION - 20, ResourceFactsQuery.FACTS_PER_DIRECTION)
                .isSorted().startsWith(LargeGraphFixture.model(1), LargeGraphFixture.model(2));
    }

    @Test
    void shouldDrawEveryNodeAndLinkOfTwoHubsWhenAPermalinkReplaysAllTheirPages() throws Exception {
        JsonNode overview = overview();
        // the first view, the two hubs (a tool may be in the first view already) and every model
        Set<String> expected = new HashSet<>();
        overview.at("/nodes").forEach(n -> expected.add(n.at("/data/id").asString()));
        expected.add(LargeGraphFixture.HUB);
        expected.add(LargeGraphFixture.BENCHMARK);
        IntStream.rangeClosed(1, LargeGraphFixture.MODELS).forEach(i -> expected.add(LargeGraphFixture.model(i)));
        int nodes = expected.size();
        int edges = overview.at("/edges").size() + 2 * LargeGraphFixture.MODELS;

        openPermalink();

        WebElement graph = driver.findElement(By.id("graph"));
        assertThat(graph.getDomAttribute("data-node-count")).isEqualTo(String.valueOf(nodes));
        assertThat(graph.getDomAttribute("data-edge-count")).isEqualTo(String.valueOf(edges));
        assertThat(graph.getDomAttribute("data-visible-node-count")).isEqualTo(String.valueOf(nodes));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo(nodes + " nodes · " + edges + " links");
        List<String> drawn = js("return window.__internkgTest.nodeIds();");
        assertThat(new HashSet<>(drawn)).isEqualTo(expected);
        // the replay still counts pages: one undo step each, as if expanded page by page
        assertThat(graph.getDomAttribute("data-undo-depth")).isEqualTo(String.valueOf(PAGES));

        driver.findElement(By.id("undo")).click();
        waitForData("#graph", "undoDepth", String.valueOf(PAGES - 1));
        assertThat(graph.getDomAttribute("data-edge-count")).isEqualTo(String.valueOf(edges - LargeGraphFixture.PAGE_SIZE));
        assertThat(graph.getDomAttribute("data-node-count")).isEqualTo(String.valueOf(nodes));
    }

    @Test
    void shouldAskForAPermalinksDataOnceAndBeforeTheExplorerIsReadyToDrawIt() {
        openPermalink();

        // each request for the graph's data (the first view, neighbourhoods): which resource, and when it started
        List<Map<String, Object>> requests = js("""
                return performance.getEntriesByType('resource')
                  .filter((e) => e.name.includes('/api/overview') || e.name.includes('/api/neighbourhood')).map((e) => {
                  const u = new URL(e.name);
                  return { path: u.pathname, iri: u.searchParams.get('iri') || '', start: e.startTime };
                });
                """);
        assertThat(requests).as("the first view once, and each replayed hub's 80 pages in one request")
                .extracting(r -> r.get("path") + " " + r.get("iri"))
                .containsExactlyInAnyOrder("/api/overview ", "/api/neighbourhood " + LargeGraphFixture.HUB,
                        "/api/neighbourhood " + LargeGraphFixture.BENCHMARK);
        // asked while the explorer's scripts loaded, not when it began drawing its first view
        Number drawing = js("return performance.getEntriesByName('internkg:overview-fetch')[0].startTime;");
        assertThat(requests).allSatisfy(r -> assertThat(((Number) r.get("start")).doubleValue()).isLessThan(drawing.doubleValue()));
    }

    @Test
    void shouldShowAPermalinksFirstViewOnlyTogetherWithItsReplayedPages() throws Exception {
        // what each animation frame of the page had on the canvas, from the first script on
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__framesSeen = [];
                const sample = () => {
                  const g = document.getElementById('graph');
                  if (g && g.dataset.nodeCount && g.dataset.nodeCount !== '0') window.__framesSeen.push(Number(g.dataset.nodeCount));
                  if (!g || g.dataset.restored !== 'true') requestAnimationFrame(sample);
                };
                requestAnimationFrame(sample);
                """));
        int nodes = overview().at("/nodes").size();

        openPermalink();

        int drawn = Integer.parseInt(driver.findElement(By.id("graph")).getDomAttribute("data-node-count"));
        assertThat(drawn).isGreaterThan(nodes + LargeGraphFixture.MODELS);
        List<Number> seen = js("return window.__framesSeen;");
        assertThat(seen).as("node counts on the canvas frame by frame: never the first view alone").isNotEmpty()
                .allSatisfy(n -> assertThat(n.intValue()).isEqualTo(drawn));
    }

    @Test
    void shouldLightUpTheLinksOfANodeThePointerRestsOnInTheLargeView() {
        openPermalink();
        String model = LargeGraphFixture.model(42);
        String supported = LargeGraphFixture.HUB + " https://w3id.org/internkg/def/supportsModel " + model;
        String evaluated = model + " https://w3id.org/internkg/def/evaluatedOn " + LargeGraphFixture.BENCHMARK;
        WebElement graph = driver.findElement(By.id("graph"));
        Map<String, Number> at = js("return window.__internkgTest.renderedPosition(arguments[0]);", model);

        new Actions(driver).moveToElement(graph, (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0),
                (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0)).perform();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofMinutes(2));
        wait.until(d -> this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", model).contains("is-highlighted"));
        assertThat(this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", supported)).contains("is-highlighted");
        assertThat(this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", evaluated)).contains("is-highlighted");
        // the rest of the 2,000 nodes stays as it was: nothing faded, the hub itself not restyled
        assertThat(this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", LargeGraphFixture.HUB))
                .doesNotContain("is-highlighted", "is-faded");
        assertThat(this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", LargeGraphFixture.model(43)))
                .doesNotContain("is-faded");

        // onto the empty corner of the canvas (the drawing is a disc of rings in the middle)
        new Actions(driver).moveToElement(graph, 8 - graph.getRect().getWidth() / 2, 8 - graph.getRect().getHeight() / 2).perform();
        wait.until(d -> !this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", model).contains("is-highlighted"));
        assertThat(this.<List<String>>js("return window.__internkgTest.nodeClasses(arguments[0]);", supported)).doesNotContain("is-highlighted");
    }

    @Test
    void shouldSelectANodeOfTheLargeViewWhenItIsTapped() {
        openPermalink();
        String model = LargeGraphFixture.model(1234);
        WebElement graph = driver.findElement(By.id("graph"));
        Map<String, Number> at = js("return window.__internkgTest.renderedPosition(arguments[0]);", model);
        double x = at.get("x").doubleValue();
        double y = at.get("y").doubleValue();
        assertThat(x).as("drawn inside the canvas").isBetween(0.0, (double) graph.getRect().getWidth());
        assertThat(y).as("drawn inside the canvas").isBetween(0.0, (double) graph.getRect().getHeight());

        new Actions(driver).moveToElement(graph, (int) Math.round(x - graph.getRect().getWidth() / 2.0),
                (int) Math.round(y - graph.getRect().getHeight() / 2.0)).click().perform();

        waitForData("#graph", "selected", model);
        waitForData("#details", "iri", model);
        waitForData("#details", "loaded", "true");
        assertThat(driver.findElement(By.id("details")).getText()).contains("Scale Model 1234");
    }
}
