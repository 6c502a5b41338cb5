package org.internkg.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/** The SPARQL workbench at {@code /query} in headless Chromium, on the bundled data. */
@TestPropertySource(properties = "internkg.workbench.table-rows=5")
class WorkbenchBrowserIntegrationTests extends BrowserTest {

    private static final String ID = "https://w3id.org/internkg/id/";
    private final HttpClient http = HttpClient.newHttpClient();

    private void openWorkbench(String query) {
        open("/query" + query);
        waitForData("#workbench", "ready", "true");
    }

    private void setQuery(String text) {
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
    }

    private void runAndWait(String state) {
        driver.findElement(By.id("run")).click();
        waitUntil(d -> {
            String s = js("return document.getElementById('workbench').dataset.state;");
            return !"running".equals(s) && !"idle".equals(s);
        });
        assertThat((String) js("return document.getElementById('workbench').dataset.state;")).isEqualTo(state);
    }

    private Set<String> linkedIris() {
        List<String> iris = js("return [...document.querySelectorAll('#view-table td a[data-iri]')].map(a => a.dataset.iri);");
        return new HashSet<>(iris);
    }

    @Test
    void shouldRunTheFineTuningExampleAndListTheToolsItsSourcesName() {
        openWorkbench("");
        driver.findElement(By.cssSelector("[data-example='01-tools-serving-fine-tuning']")).click();
        runAndWait("done");
        // The Tutorial slide names XTuner under 微调; InternEvo's README says it also fine-tunes.
        assertThat(linkedIris()).containsExactlyInAnyOrder(ID + "tool/xtuner", ID + "tool/internevo");
        assertThat(driver.findElement(By.id("results")).getDomAttribute("data-row-count")).isEqualTo("2");
        WebElement link = driver.findElement(By.cssSelector("#view-table td a[data-iri='" + ID + "tool/xtuner']"));
        assertThat(link.getText()).isEqualTo("XTuner");
        assertThat(link.getDomAttribute("href")).isEqualTo("/?focus=https%3A%2F%2Fw3id.org%2Finternkg%2Fid%2Ftool%2Fxtuner");
        List<String> history = js("return JSON.parse(localStorage.getItem('internkg.queryHistory')).map(h => h.query);");
        assertThat(history.get(0)).contains("ikg:servesStage stage:fine-tuning");
        screenshot("workbench-select");
    }

    @Test
    void shouldMarkTheLineOfASyntaxError() {
        openWorkbench("");
        // An undeclared prefix on line 4: the one line a reader would have to fix.
        setQuery("PREFIX ikg: <https://w3id.org/internkg/def/>\nSELECT ?s WHERE {\n  ?s a ikg:SoftwareTool .\n  ?s ikgx:servesStage ?stage .\n}\n");
        runAndWait("error");
        assertThat(driver.findElement(By.id("wb-status")).getText()).contains("line 4").contains("ikgx:servesStage");
        waitForData("#editor", "errorLine", "4");
        List<String> marked = js("return [...document.querySelectorAll('.cm-error-line')].map(e => e.closest('.CodeMirror-code > div').textContent);");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0)).endsWith("?s ikgx:servesStage ?stage .");
        // The browser logs the expected 400 of /sparql; nothing else may be there.
        assertThat(consoleErrors()).singleElement().asString().contains("/sparql").contains("400");
    }

    @Test
    void shouldCancelASlowQueryByAbortingItsRequest() {
        openWorkbench("");
        js("window.__aborted = []; const orig = window.fetch; window.fetch = (u, o) => { const p = orig(u, o);"
                + " p.catch(e => { if (e.name === 'AbortError') window.__aborted.push(String(u)); }); return p; };");
        setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        driver.findElement(By.id("run")).click();
        waitForData("#workbench", "state", "running");
        WebElement cancel = waitFor(By.id("cancel"));
        waitUntil(d -> driver.findElement(By.id("wb-status")).getText().matches("Running… [0-9.]+ s"));
        cancel.click();
        waitForData("#workbench", "state", "cancelled");
        List<String> aborted = js("return window.__aborted;");
        assertThat(aborted).containsExactly("/sparql");
        assertThat(driver.findElement(By.id("wb-status")).getText()).startsWith("Cancelled after").contains("aborted");
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("run")).isEnabled()).isTrue();
    }

    @Test
    void shouldDrawAConstructAsAGraph() throws Exception {
        openWorkbench("");
        String construct = "PREFIX ikg: <https://w3id.org/internkg/def/>\nCONSTRUCT { ?t ikg:servesStage ?s } WHERE { ?t ikg:servesStage ?s }";
        setQuery(construct);
        runAndWait("done");
        assertThat(driver.findElement(By.id("results")).getDomAttribute("data-kind")).isEqualTo("construct");
        assertThat(driver.findElement(By.id("view-graph")).isDisplayed()).isTrue();
        // The nodes drawn are exactly the tools and stages the same pattern finds through the protocol.
        String csv = get("/sparql?format=csv&query=" + java.net.URLEncoder.encode(
                "PREFIX ikg: <https://w3id.org/internkg/def/> SELECT DISTINCT ?x WHERE { { ?x ikg:servesStage ?s } UNION { ?t ikg:servesStage ?x } }",
                java.nio.charset.StandardCharsets.UTF_8));
        long expected = csv.lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(expected).isGreaterThan(5);
        waitForData("#result-graph", "nodeCount", String.valueOf(expected));
        Number canvases = js("return document.querySelectorAll('#result-graph canvas').length;");
        assertThat(canvases.intValue()).isPositive();
        screenshot("workbench-construct");
    }

    @Test
    void shouldOfferTheFullResultBeyondTheTableInEveryFormat() throws Exception {
        openWorkbench("");
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label";
        setQuery(query);
        runAndWait("done");
        String countCsv = get("/sparql?format=csv&query=" + java.net.URLEncoder.encode(
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?label }",
                java.nio.charset.StandardCharsets.UTF_8));
        long total = Long.parseLong(countCsv.lines().skip(1).findFirst().orElseThrow().trim());
        assertThat(total).isGreaterThan(5);
        Number shown = js("return document.querySelectorAll('#view-table tbody tr').length;");
        assertThat(shown.intValue()).isEqualTo(5);
        assertThat(driver.findElement(By.id("view-table")).getText()).contains("first 5 of " + total);
        List<String> formats = js("return [...document.querySelectorAll('#downloads a')].map(a => a.dataset.format);");
        assertThat(formats).containsExactly("json", "xml", "csv", "tsv");
        String csvHref = driver.findElement(By.cssSelector("#downloads a[data-format=csv]")).getDomAttribute("href");
        String csv = get(csvHref);
        var csvRows = org.apache.jena.query.ResultSetFormatter.toList(org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_CSV));
        assertThat(csvRows).hasSize((int) total);
        String json = get(driver.findElement(By.cssSelector("#downloads a[data-format=json]")).getDomAttribute("href"));
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).at("/results/bindings").size()).isEqualTo((int) total);
    }

    @Test
    void shouldCarryTheQueryInItsPermalinkAndFitAPhone() {
        openWorkbench("");
        String query = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";
        setQuery(query);
        driver.findElement(By.id("permalink")).click();
        String url = driver.getCurrentUrl();
        assertThat(url).contains("/query?q=");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(url);
            waitForData("#workbench", "ready", "true");
            assertThat((String) js("return document.querySelector('.CodeMirror').CodeMirror.getValue();")).isEqualTo(query);
            runAndWait("done");
            Number width = js("return document.documentElement.scrollWidth;");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
            driver.findElement(By.id("language")).click();
            assertThat(driver.findElement(By.id("run")).getText()).isEqualTo("运行");
            screenshot("workbench-phone-zh");
            driver.findElement(By.id("language")).click();
            assertThat(driver.findElement(By.id("run")).getText()).isEqualTo("Run");
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 900));
        }
    }

    private String get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
