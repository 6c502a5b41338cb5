package org.internkg.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workbench's Chart view at {@code /query}, on the bundled data, checked against {@code /sparql}'s own answer. */
class ChartBrowserIntegrationTests extends BrowserTest {

    private static final String TOOLS_PER_STAGE = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            SELECT ?stage (COUNT(DISTINCT ?tool) AS ?tools) (MIN(?order) AS ?position) WHERE {
              ?tool ikg:servesStage ?stage .
              ?stage ikg:stageOrder ?order .
            }
            GROUP BY ?stage
            ORDER BY ?position
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    private void openWorkbench() {
        open("/query?lang=en");
        waitForData("#workbench", "ready", "true");
    }

    private void run(String query) {
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        driver.findElement(By.id("run")).click();
        waitForData("#workbench", "state", "done");
    }

    private void openChart() {
        driver.findElement(By.id("tab-chart")).click();
        waitForData("#view-chart", "ready", "true");
    }

    /** The column of numbers /sparql itself answers for the query, in row order. */
    private List<Double> column(String query, String variable) throws Exception {
        URI uri = URI.create(baseUrl() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode rows = JsonMapper.builder().build().readTree(response.body()).at("/results/bindings");
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(Double.valueOf(r.at("/" + variable + "/value").asString())));
        return values;
    }

    private List<Map<String, Object>> series() {
        return js("return window.__internkgChart.series();");
    }

    private static List<Double> numbers(Object data) {
        List<Double> out = new ArrayList<>();
        ((List<?>) data).forEach(v -> out.add(((Number) v).doubleValue()));
        return out;
    }

    @Test
    void shouldChartTheToolsPerStageAsSparqlAnswersThem() throws Exception {
        openWorkbench();
        run(TOOLS_PER_STAGE);
        openChart();
        List<Map<String, Object>> drawn = series();
        assertThat(drawn).extracting(s -> s.get("name")).containsExactly("?tools", "?position");
        assertThat(drawn.get(0).get("type")).isEqualTo("bar");
        assertThat(numbers(drawn.get(0).get("data"))).isEqualTo(column(TOOLS_PER_STAGE, "tools")).isNotEmpty();
        assertThat(numbers(drawn.get(1).get("data"))).isEqualTo(column(TOOLS_PER_STAGE, "position"));
        assertThat(new Select(driver.findElement(By.id("chart-label"))).getFirstSelectedOption().getText()).isEqualTo("?stage");
        screenshot("workbench-chart");

        new Select(driver.findElement(By.id("chart-type"))).selectByValue("line");
        waitForData("#view-chart", "type", "line");
        assertThat(series()).extracting(s -> s.get("type")).containsOnly("line");
        new Select(driver.findElement(By.id("chart-type"))).selectByValue("scatter");
        waitForData("#view-chart", "type", "scatter");
        assertThat(series()).extracting(s -> s.get("type")).containsOnly("scatter");

        // Unticking a column drops its series.
        driver.findElement(By.cssSelector("#chart-series input[data-column='position']")).click();
        waitForData("#view-chart", "seriesCount", "1");
        assertThat(series()).extracting(s -> s.get("name")).containsExactly("?tools");
    }

    @Test
    void shouldExportTheChartAsAPng() throws Exception {
        openWorkbench();
        run(TOOLS_PER_STAGE);
        openChart();
        driver.findElement(By.id("chart-png")).click();
        waitUntil(d -> js("const a = document.getElementById('chart-png-link'); return a && a.href.startsWith('blob:');"));
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; fetch(document.getElementById('chart-png-link').href).then(r => r.arrayBuffer())"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });");
        byte[] png = Base64.getDecoder().decode(base64);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);
        assertThat(driver.findElement(By.id("chart-png-link")).getDomAttribute("download")).isEqualTo("internkg-chart.png");
    }

    @Test
    void shouldSayWhyAResultWithoutNumbersHasNoChart() {
        openWorkbench();
        run("""
                PREFIX ikg: <https://w3id.org/internkg/def/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?tool ?label WHERE { ?tool a ikg:SoftwareTool ; rdfs:label ?label } LIMIT 10
                """);
        openChart();
        assertThat(driver.findElement(By.id("chart-note")).getText()).startsWith("No numeric column to chart");
        assertThat(driver.findElements(By.id("result-chart"))).isEmpty();
    }
}
