package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * "Snapshot" in the explorer: the downloaded HTML file, opened from {@code file://} with the browser's network
 * switched off (Chrome DevTools Protocol), shows the same nodes as the live view and stays interactive.
 */
class SnapshotBrowserIntegrationTests extends BrowserTest {

    private static final String ID = "https://w3id.org/internkg/id/";

    private Set<String> ids(String script) {
        List<String> ids = js(script);
        return new HashSet<>(ids);
    }

    private void network(boolean offline) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private Path downloadSnapshot() throws Exception {
        driver.findElement(By.id("export-snapshot")).click();
        waitUntil(d -> js("const a = document.getElementById('export-snapshot-link'); return a && a.href.startsWith('blob:');"));
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; fetch(document.getElementById('export-snapshot-link').href).then(r => r.arrayBuffer())"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });");
        assertThat((String) js("return document.getElementById('export-snapshot-link').download;")).endsWith(".html");
        Path file = Files.createTempFile("internkg-snapshot-", ".html");
        Files.write(file, Base64.getDecoder().decode(base64));
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void shouldOpenTheSnapshotOfflineWithTheSameNodesAndShowANodesDetailsOnClick() throws Exception {
        open("/?x=id%3Atool%2Fxtuner&lang=en");
        waitForData("#graph", "ready", "true");
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "busy", "false");
        Set<String> live = ids("return window.__internkgTest.visibleNodeIds();");
        assertThat(live).contains(ID + "tool/xtuner").hasSizeGreaterThan(10);
        Path file = downloadSnapshot();

        network(true);
        try {
            driver.get(file.toUri().toString());
            waitForData("#graph", "ready", "true");
            assertThat(ids("return window.internkgSnapshot.nodeIds();")).isEqualTo(live);
            assertThat((Number) js("return performance.getEntriesByType('resource').length;")).isEqualTo(0L);

            Map<String, Number> at = js("return window.internkgSnapshot.renderedPosition(arguments[0]);", ID + "tool/xtuner");
            Map<String, Number> box = js("const r = document.getElementById('graph').getBoundingClientRect(); return { left: r.left, top: r.top };");
            new Actions(driver).moveToLocation((int) Math.round(box.get("left").doubleValue() + at.get("x").doubleValue()),
                    (int) Math.round(box.get("top").doubleValue() + at.get("y").doubleValue())).click().perform();
            waitForData("#details", "iri", ID + "tool/xtuner");
            String details = driver.findElement(By.id("details")).getText();
            assertThat(driver.findElement(By.cssSelector("#details h2")).getText()).isEqualTo("XTuner");
            assertThat(details).contains("software tool").contains(ID + "tool/xtuner").contains("serves stage");
            screenshot("snapshot-offline");

            // Pan and zoom still work, and the search box filters.
            double zoom = ((Number) js("return window.internkgSnapshot.zoom();")).doubleValue();
            new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(driver.findElement(By.id("graph"))), 0, -300).perform();
            waitUntil(d -> ((Number) js("return window.internkgSnapshot.zoom();")).doubleValue() != zoom);
            driver.findElement(By.id("snapshot-search")).sendKeys("xtuner");
            waitUntil(d -> !"".equals(d.findElement(By.id("graph")).getDomAttribute("data-match-count")));
            assertThat(Integer.parseInt(driver.findElement(By.id("graph")).getDomAttribute("data-match-count"))).isGreaterThanOrEqualTo(1);
            assertThat(driver.findElement(By.id("snapshot-ttl")).getDomAttribute("href")).startsWith("blob:");
        } finally {
            network(false);
        }
    }
}
