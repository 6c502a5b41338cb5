package org.internkg.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.test.context.ActiveProfiles;

/** The "what changed" page in headless Chromium: the list grouped by resource with sources, the graph, the legend, errors. */
@ActiveProfiles("changes-fixture")
class ChangesBrowserIntegrationTests extends BrowserTest {

    private static final String MODEL = "https://w3id.org/internkg/id/model/";

    @Test
    void shouldListTheChangesByResourceWithSourcesAndDrawThemOnTheGraph() {
        open("/changes?from=2026.09.0&to=2026.10.0");
        waitForData("#changes-list", "loaded", "true");
        waitForData("#changes-graph", "ready", "true");

        assertThat(driver.findElement(By.id("changes-list")).getAttribute("data-count")).isEqualTo("11");
        assertThat(driver.findElement(By.id("changes-summary")).getText()).contains("4 added, 5 removed, 2 changed");
        List<String> resources = driver.findElements(By.cssSelector(".change-entity")).stream().map(e -> e.getAttribute("data-iri")).toList();
        assertThat(resources).containsExactly(MODEL + "fixture-20b", MODEL + "fixture-7b", MODEL + "fixture-old",
                "https://w3id.org/internkg/id/source/fixture-readme", "https://w3id.org/internkg/id/tool/fixture-tool");

        WebElement sevenB = driver.findElement(By.cssSelector(".change-entity[data-iri='" + MODEL + "fixture-7b']"));
        assertThat(sevenB.findElement(By.tagName("h3")).getText()).contains("Fixture-7B");
        WebElement date = sevenB.findElement(By.cssSelector("li[data-change='changed']"));
        assertThat(date.getText()).contains("2024-06-30").contains("2024-07-03").contains("~");
        assertThat(date.findElement(By.cssSelector(".change-source a")).getAttribute("href")).isEqualTo("https://example.org/fixture/README.md");
        assertThat(sevenB.findElement(By.cssSelector("li[data-change='added']")).getText()).contains("rdf:Statement").contains("ikg:medium");

        WebElement old = driver.findElement(By.cssSelector(".change-entity[data-iri='" + MODEL + "fixture-old']"));
        assertThat(old.findElements(By.cssSelector("li[data-change='removed']"))).hasSize(3);
        WebElement tool = driver.findElement(By.cssSelector(".change-entity[data-iri='https://w3id.org/internkg/id/tool/fixture-tool']"));
        assertThat(tool.findElement(By.cssSelector("li .change-source a")).getAttribute("href"))
                .isEqualTo("https://example.org/fixture-tool/supported_models.md");

        assertThat(driver.findElement(By.id("changes-graph")).getAttribute("data-node-count")).isEqualTo("6");
        assertThat(driver.findElement(By.id("changes-graph")).getAttribute("data-edge-count")).isEqualTo("3");
        assertThat((String) js("return window.__internkgTest.nodeClasses(arguments[0]).join(' ')", MODEL + "fixture-20b")).contains("is-added");
        assertThat((String) js("return window.__internkgTest.nodeClasses(arguments[0]).join(' ')", MODEL + "fixture-old")).contains("is-removed");
        assertThat((String) js("return window.__internkgTest.nodeClasses(arguments[0]).join(' ')", MODEL + "fixture-7b")).contains("is-changed");
        assertThat(driver.findElement(By.id("changes-legend")).getText()).contains("+").contains("added").contains("−").contains("removed")
                .contains("~").contains("changed");
    }

    @Test
    void shouldBringAResourcesChangesIntoViewWhenItsNodeIsTapped() {
        open("/changes?from=2026.09.0&to=2026.10.0");
        waitForData("#changes-graph", "ready", "true");
        WebElement graph = driver.findElement(By.id("changes-graph"));

        Map<String, Number> at = js("return window.__internkgTest.renderedPosition(arguments[0]);", MODEL + "fixture-old");
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(graph, dx, dy).click().perform();

        waitUntil(d -> d.findElements(By.cssSelector(".change-entity.is-selected")).size() == 1);
        assertThat(driver.findElement(By.cssSelector(".change-entity.is-selected")).getAttribute("data-iri")).isEqualTo(MODEL + "fixture-old");
    }

    @Test
    void shouldSayWhatIsWrongWithAnUnknownVersion() {
        open("/changes?from=2030.01.0&to=live");
        waitForData("#changes", "state", "failed");

        assertThat(driver.findElement(By.id("changes-status")).getText()).contains("unknown version '2030.01.0'");
        assertThat(driver.findElement(By.id("changes-list")).getAttribute("data-count")).isEqualTo("0");
        // The 404 of the API call is the only console error the browser logs.
        assertThat(consoleErrors()).allMatch(message -> message.contains("404"));
    }

    @Test
    void shouldCompareTheBundledReleaseWithTheLiveStoreByDefaultAndShowMarkupAsText() {
        open("/changes");
        waitForData("#changes", "state", "done");

        assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("2026.11.0");
        assertThat(driver.findElement(By.id("to")).getAttribute("value")).isEqualTo("live");
        List<String> offered = driver.findElements(By.cssSelector("#from option")).stream().map(o -> o.getAttribute("value")).toList();
        assertThat(offered).contains("2026.11.0", "2026.10.0", "2026.09.0", "live");
        assertThat(driver.findElement(By.id("changes-list")).getAttribute("data-count")).isEqualTo("4");
        WebElement feature = driver.findElement(By.cssSelector(".change-entity[data-iri='https://w3id.org/internkg/id/model/internlm2-chat-7b'] li"));
        assertThat(feature.getText()).contains("<img src=x onerror=\"document.title='pwned'\">");
        assertThat(driver.findElements(By.cssSelector("#changes-list img"))).isEmpty();
        assertThat(driver.getTitle()).isEqualTo("InternKG · what changed");
    }

    @Test
    void shouldBeReachableFromTheExplorer() {
        open("/");
        driver.findElement(By.cssSelector(".top-links a[href='/changes']")).click();
        waitForData("#changes", "state", "done");
        assertThat(driver.getCurrentUrl()).endsWith("/changes");
    }
}
