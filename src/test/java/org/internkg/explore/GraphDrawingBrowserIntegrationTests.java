package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The explorer's drawing fills the graph area and follows it: Cytoscape draws in a plain element inside
 * {@code #graph} (the state attributes on {@code #graph} would otherwise make it redraw everything after each
 * change), so a window resize must still reach it, and a click after the resize must still pick the node under
 * the pointer.
 */
class GraphDrawingBrowserIntegrationTests extends BrowserTest {

    private static final String SIZES = """
            const g = document.getElementById('graph').getBoundingClientRect();
            return { graph: [Math.round(g.width), Math.round(g.height)],
              canvases: [...document.querySelectorAll('#graph canvas')].map((c) => { const r = c.getBoundingClientRect();
                return [Math.round(r.width), Math.round(r.height)]; }) };
            """;

    @Test
    void shouldFillTheGraphAreaAndSelectTheNodeUnderTheClickAfterTheWindowShrinks() {
        Dimension before = driver.manage().window().getSize();
        try {
            open("/");
            waitForData("#graph", "ready", "true");
            waitForData("#graph", "busy", "false");
            Map<String, Object> wide = js(SIZES);
            assertThat(canvases(wide)).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo(wide.get("graph")));

            driver.manage().window().setSize(new Dimension(before.getWidth() - 300, before.getHeight() - 150));
            Map<String, Object> narrow = waitUntil(d -> {
                Map<String, Object> s = js(SIZES);
                boolean resized = !s.get("graph").equals(wide.get("graph"));
                return resized && canvases(s).stream().allMatch(c -> c.equals(s.get("graph"))) ? s : null;
            });
            assertThat(width(narrow)).isLessThan(width(wide));

            driver.findElement(By.id("fit")).click();
            WebElement graph = driver.findElement(By.id("graph"));
            // a node drawn well inside the canvas, not under the toolbar or the status line, once the fit has stopped
            Map<String, Object> pick = waitUntil(d -> {
                Map<String, Object> a = js("""
                        const t = window.__internkgTest; const g = document.getElementById('graph'); const box = g.getBoundingClientRect();
                        const id = t.nodeIds().find((n) => { const p = t.renderedPosition(n);
                          return p.x > 60 && p.y > 60 && p.x < g.clientWidth - 60 && p.y < g.clientHeight - 60
                            && g.contains(document.elementFromPoint(box.left + p.x, box.top + p.y)); });
                        return id ? { id, x: t.renderedPosition(id).x, y: t.renderedPosition(id).y } : null;
                        """);
                sleep(150);
                Map<String, Object> b = js("const t = window.__internkgTest; return arguments[0] ? t.renderedPosition(arguments[0]) : null;",
                        a == null ? null : a.get("id"));
                return a != null && b != null && ((Number) a.get("x")).doubleValue() == ((Number) b.get("x")).doubleValue()
                        && ((Number) a.get("y")).doubleValue() == ((Number) b.get("y")).doubleValue() ? a : null;
            });
            int dx = (int) Math.round(((Number) pick.get("x")).doubleValue() - graph.getRect().getWidth() / 2.0);
            int dy = (int) Math.round(((Number) pick.get("y")).doubleValue() - graph.getRect().getHeight() / 2.0);
            new Actions(driver).moveToElement(graph, dx, dy).click().perform();
            waitForData("#graph", "selected", (String) pick.get("id"));
            waitForData("#details", "iri", (String) pick.get("id"));
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> canvases(Map<String, Object> sizes) {
        return (List<Object>) sizes.get("canvases");
    }

    @SuppressWarnings("unchecked")
    private static long width(Map<String, Object> sizes) {
        return ((List<Number>) sizes.get("graph")).get(0).longValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
