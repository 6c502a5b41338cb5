package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/** Layouts, exports, permalinks, languages and the phone layout of the explorer at {@code /}, on the bundled data. */
class ViewToolsBrowserIntegrationTests extends BrowserTest {

    private static final String ID = "https://w3id.org/internkg/id/";

    private void openExplorer(String query) {
        open("/" + query);
        waitForData("#graph", "ready", "true");
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "busy", "false");
    }

    private void layout(String name) {
        new Select(driver.findElement(By.id("layout"))).selectByValue(name);
        waitForData("#graph", "layout", name);
        waitForData("#graph", "layoutRunning", "false");
    }

    private Set<String> nodeIds() {
        List<String> ids = js("return window.__internkgTest.nodeIds();");
        return new HashSet<>(ids);
    }

    /** Reads back the blob a download link offers. */
    private byte[] download(String linkId) {
        waitUntil(d -> js("const a = document.getElementById(arguments[0]); return a && a.href.startsWith('blob:');", linkId));
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[1]; fetch(document.getElementById(arguments[0]).href).then(r => r.arrayBuffer())"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });", linkId);
        return Base64.getDecoder().decode(base64);
    }

    @Test
    void shouldPutXTunerInALaterLaneThanInternEvo() {
        openExplorer("");
        layout("lanes");
        Map<String, Number> xtuner = js("return window.__internkgTest.renderedPosition(arguments[0]);", ID + "tool/xtuner");
        Map<String, Number> internevo = js("return window.__internkgTest.renderedPosition(arguments[0]);", ID + "tool/internevo");
        Map<String, Number> pretraining = js("return window.__internkgTest.renderedPosition(arguments[0]);", ID + "stage/pre-training");
        Map<String, Number> finetuning = js("return window.__internkgTest.renderedPosition(arguments[0]);", ID + "stage/fine-tuning");
        // InternEvo serves pre-training (its earliest stage), XTuner fine-tuning: each in its stage's column.
        assertThat(xtuner.get("x").doubleValue()).isGreaterThan(internevo.get("x").doubleValue() + 20);
        assertThat(internevo.get("x").doubleValue()).isCloseTo(pretraining.get("x").doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(xtuner.get("x").doubleValue()).isCloseTo(finetuning.get("x").doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        screenshot("explorer-lanes");
    }

    @Test
    void shouldExportAPngOfTheCanvas() throws Exception {
        openExplorer("");
        driver.findElement(By.id("export-png")).click();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(download("export-png-link")));
        Number width = js("return document.getElementById('graph').clientWidth;");
        Number height = js("return document.getElementById('graph').clientHeight;");
        assertThat(image.getWidth()).isEqualTo(width.intValue());
        assertThat(image.getHeight()).isEqualTo(height.intValue());
        long inked = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        assertThat(inked).isGreaterThan(500);
    }

    @Test
    void shouldExportTheVisibleSubgraphAsTurtle() {
        openExplorer("");
        driver.findElement(By.cssSelector("input[data-type-class='type-pipeline-stage']")).click();
        List<String> visible = js("return window.__internkgTest.visibleNodeIds();");
        driver.findElement(By.id("export-ttl")).click();
        String turtle = new String(download("export-ttl-link"), StandardCharsets.UTF_8);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        Set<String> subjects = new HashSet<>();
        Set<String> linked = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            subjects.add(t.getSubject().getURI());
            Node p = t.getPredicate();
            if (!p.equals(RDF.type.asNode()) && !p.equals(RDFS.label.asNode()) && t.getObject().isURI()) {
                linked.add(t.getObject().getURI());
            }
        });
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(visible).noneMatch(id -> id.startsWith(ID + "stage/"));
        assertThat(linked).isNotEmpty().allMatch(visible::contains);
    }

    @Test
    void shouldRestoreTwoExpansionsAndTheLayoutFromAPermalink() {
        openExplorer("");
        for (String iri : List.of(ID + "tool/xtuner", ID + "tool/lmdeploy")) {
            driver.findElement(By.id("list-toggle")).click();
            driver.findElement(By.cssSelector("#node-list button[data-iri='" + iri + "']")).click();
            driver.findElement(By.id("list-toggle")).click();
            waitForData("#details", "loaded", "true");
            driver.findElement(By.cssSelector("#details [data-action=expand]")).click();
            waitUntil(d -> driver.findElement(By.cssSelector("#details [data-action=collapse]")));
            waitForData("#graph", "busy", "false");
        }
        assertThat(driver.findElement(By.id("graph")).getDomAttribute("data-undo-depth")).isEqualTo("2");
        layout("concentric");
        Set<String> before = nodeIds();
        driver.findElement(By.id("permalink")).click();
        String url = (String) js("return document.getElementById('graph').dataset.permalink;");
        assertThat(url).contains("layout=concentric").contains("x=id%3Atool%2Fxtuner");
        assertThat(driver.getCurrentUrl()).isEqualTo(url);

        driver.get("about:blank");
        driver.get(url);
        waitForData("#graph", "ready", "true");
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "busy", "false");
        assertThat(nodeIds()).isEqualTo(before);
        assertThat(driver.findElement(By.id("graph")).getDomAttribute("data-layout")).isEqualTo("concentric");
        assertThat(new Select(driver.findElement(By.id("layout"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("concentric");
        waitForData("#graph", "selected", ID + "tool/lmdeploy");
    }

    @Test
    void shouldSwitchInterfaceAndLabelsToChineseAndRememberIt() {
        openExplorer("?focus=" + java.net.URLEncoder.encode(ID + "family/internlm", StandardCharsets.UTF_8));
        waitForData("#details", "loaded", "true");
        assertThat(driver.findElement(By.cssSelector("#details h2")).getText()).startsWith("InternLM");
        driver.findElement(By.id("language")).click();
        assertThat(driver.findElement(By.id("fit")).getText()).isEqualTo("适应");
        assertThat(driver.findElement(By.cssSelector(".legend h2")).getText()).isEqualTo("类别");
        assertThat(driver.findElement(By.cssSelector("#details h2")).getText()).isEqualTo("书生·浦语");
        assertThat(driver.findElement(By.cssSelector("#details [data-action=expand]")).getText()).isEqualTo("展开邻居");
        assertThat(driver.findElement(By.cssSelector("#legend-list")).getText()).contains("全链条环节");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        screenshot("explorer-zh");
        openExplorer("");
        assertThat(driver.findElement(By.id("undo")).getText()).isEqualTo("撤销");
        driver.findElement(By.id("language")).click();
        assertThat(driver.findElement(By.id("undo")).getText()).isEqualTo("Undo");
    }

    @Test
    void shouldFitAPhoneWithoutSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            openExplorer("?focus=" + java.net.URLEncoder.encode(ID + "tool/xtuner", StandardCharsets.UTF_8));
            waitForData("#details", "loaded", "true");
            Number width = js("return document.documentElement.scrollWidth;");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
            // The details panel is a bottom sheet over the canvas, not a column beside it.
            Map<String, Number> sheet = js("const r = document.getElementById('details').getBoundingClientRect(); return { left: r.left, width: r.width, bottom: r.bottom };");
            assertThat(sheet.get("left").intValue()).isZero();
            assertThat(sheet.get("width").intValue()).isLessThanOrEqualTo(390);
            screenshot("explorer-phone");
            driver.findElement(By.id("list-toggle")).click();
            Number listWidth = js("return document.documentElement.scrollWidth;");
            assertThat(listWidth.intValue()).isLessThanOrEqualTo(390);
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 900));
        }
    }
}
