package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.internkg.explore.MatrixFixture.FAMILY;
import static org.internkg.explore.MatrixFixture.LMDEPLOY;
import static org.internkg.explore.MatrixFixture.MODEL_A;
import static org.internkg.explore.MatrixFixture.MODEL_B;
import static org.internkg.explore.MatrixFixture.MODEL_C;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;

/** The compatibility matrix, multi-hop expansion and validation overlay in headless Chromium, on the matrix fixture. */
@ActiveProfiles("matrix-fixture")
class ViewsBrowserIntegrationTests extends BrowserTest {


    private List<String> nodeIds() {
        return js("return window.__internkgTest.nodeIds();");
    }

    private List<String> visibleNodeIds() {
        return js("return window.__internkgTest.visibleNodeIds();");
    }

    private void openExplorer(String query) {
        open("/" + query);
        waitForData("#graph", "ready", "true");
        waitForData("#graph", "busy", "false");
    }

    private WebElement cell(String model, String tool) {
        return driver.findElement(By.cssSelector("td.matrix-cell[data-model='" + model + "'][data-tool='" + tool + "']"));
    }

    @Test
    void shouldOpenTheSubgraphBehindAMatrixCell() {
        openExplorer("");
        driver.findElement(By.id("matrix-open")).click();
        waitForData("#matrix-view", "loaded", "true");
        assertThat(cell(MODEL_C, LMDEPLOY).getAttribute("data-status")).isEqualTo("unknown");
        assertThat(cell(MODEL_C, LMDEPLOY).getText()).contains("?");
        new Select(driver.findElement(By.id("matrix-family"))).selectByValue(FAMILY);
        // The family's two models; fixture-matrix-c has no family.
        assertThat(driver.findElements(By.cssSelector("#matrix-table tbody tr"))).hasSize(2);

        WebElement yes = cell(MODEL_A, LMDEPLOY);
        assertThat(yes.getAttribute("data-status")).isEqualTo("yes");
        assertThat(yes.getText()).contains("✓", "TurboMind", "W4A16");
        WebElement no = cell(MODEL_B, LMDEPLOY);
        assertThat(no.getAttribute("data-status")).isEqualTo("no");
        assertThat(no.getText()).contains("✗");
        assertThat(no.findElement(By.cssSelector(".refs a")).getAttribute("href"))
                .isEqualTo("https://example.org/lmdeploy/blob/0123abc/docs/supported_models.md");
        assertThat(driver.findElement(By.id("matrix-csv")).getAttribute("href")).contains("format=csv", "family=");

        yes.findElement(By.cssSelector("a.matrix-cell-link")).click();
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "selected", MODEL_A);
        waitForData("#graph", "busy", "false");
        assertThat(driver.findElement(By.id("matrix-view")).isDisplayed()).isFalse();
        assertThat(nodeIds()).contains(MODEL_A, LMDEPLOY);
        assertThat(visibleNodeIds()).contains(MODEL_A, LMDEPLOY);
    }

    @Test
    void shouldAddAsManyNodesAsThePreviewAnnounced() {
        openExplorer("?focus=" + URLEncoder.encode(FAMILY, StandardCharsets.UTF_8));
        waitForData("#graph", "selected", FAMILY);
        waitForData("#graph", "busy", "false");
        driver.findElement(By.id("multi-hop-open")).click();
        WebElement form = waitFor(By.id("multi-hop"));
        new Select(driver.findElement(By.id("multi-hop-hops"))).selectByValue("2");
        for (String value : List.of("https://w3id.org/internkg/def/family", "https://w3id.org/internkg/def/supportsModel", "Model", "SoftwareTool")) {
            form.findElement(By.cssSelector("input[value='" + value + "']")).click();
        }
        driver.findElement(By.id("multi-hop-preview")).click();
        waitUntil(d -> form.getAttribute("data-preview-adds") != null);
        int announced = Integer.parseInt(form.getAttribute("data-preview-adds"));
        assertThat(driver.findElement(By.id("multi-hop-result")).getText()).contains(String.valueOf(announced));
        assertThat(announced).isGreaterThan(0);
        int before = nodeIds().size();

        driver.findElement(By.id("multi-hop-add")).click();
        waitUntil(d -> form.getAttribute("data-last-added") != null);
        waitForData("#graph", "busy", "false");
        assertThat(nodeIds().size() - before).isEqualTo(announced);
        assertThat(Integer.parseInt(form.getAttribute("data-last-added"))).isEqualTo(announced);
        assertThat(nodeIds()).contains(MODEL_A, MODEL_B);
    }

    @Test
    void shouldMarkAModelWithoutFamilyAndShowTheWarningInItsDetails() {
        openExplorer("");
        driver.findElement(By.id("validation-open")).click();
        waitForData("#validation", "loaded", "true");
        int count = Integer.parseInt(driver.findElement(By.id("validation")).getAttribute("data-count"));
        assertThat(count).isGreaterThanOrEqualTo(1);
        // Step through the list with "next" until the fixture's model is focused.
        for (int i = 0; i < count && !MODEL_C.equals(driver.findElement(By.id("graph")).getAttribute("data-selected")); i++) {
            driver.findElement(By.id("validation-next")).click();
            waitForData("#graph", "busy", "false");
        }
        waitForData("#graph", "selected", MODEL_C);
        waitForData("#details", "iri", MODEL_C);
        waitForData("#details", "loaded", "true");
        String classes = js("return window.__internkgTest.nodeClasses(arguments[0]).join(' ');", MODEL_C);
        assertThat(classes).contains("has-warning").doesNotContain("has-violation");
        WebElement findings = waitFor(By.cssSelector("#details .validation-findings"));
        assertThat(findings.getText()).contains("This model has no family");
        assertThat(driver.findElement(By.cssSelector("#validation-list li.is-current")).getAttribute("data-focus")).isEqualTo(MODEL_C);
    }
}
