package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.internkg.explore.MatrixFixture.FAMILY;
import static org.internkg.explore.MatrixFixture.LMDEPLOY;
import static org.internkg.explore.MatrixFixture.MODEL_A;
import static org.internkg.explore.MatrixFixture.MODEL_B;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The matrix view on a store with more models than one matrix is answered for (the limit lowered to 2 on the matrix
 * fixture, as a large store would be): it asks for a family, found with a search field, and keeps it in the address.
 */
@ActiveProfiles("matrix-fixture")
@TestPropertySource(properties = "internkg.explore.matrix-whole-limit=2")
class MatrixOneFamilyBrowserIntegrationTests extends BrowserTest {


    private WebElement cell(String model, String tool) {
        return driver.findElement(By.cssSelector("td.matrix-cell[data-model='" + model + "'][data-tool='" + tool + "']"));
    }

    private void assertTheFamilysMatrix() {
        waitForData("#matrix-view", "loaded", "true");
        assertThat(driver.findElements(By.cssSelector("#matrix-table tbody tr")))
                .extracting(row -> row.getDomAttribute("data-model")).containsExactlyInAnyOrder(MODEL_A, MODEL_B);
        assertThat(cell(MODEL_A, LMDEPLOY).getDomAttribute("data-status")).isEqualTo("yes");
        assertThat(cell(MODEL_A, LMDEPLOY).getText()).contains("✓", "TurboMind", "W4A16");
        assertThat(cell(MODEL_B, LMDEPLOY).getDomAttribute("data-status")).isEqualTo("no");
        assertThat(driver.findElement(By.id("matrix-csv")).getDomAttribute("href"))
                .contains("format=csv", "family=" + URLEncoder.encode(FAMILY, StandardCharsets.UTF_8));
    }

    @Test
    void shouldAskForAFamilyFoundBySearchAndKeepItInTheAddress() {
        open("/?view=matrix&lang=en");
        waitForData("#matrix-view", "oneFamily", "true");
        assertThat(driver.findElement(By.id("matrix-summary")).getText())
                .contains("Too many models for one table", "up to 2", "?family=IRI");
        assertThat(driver.findElement(By.id("matrix-family")).isDisplayed()).isFalse();

        WebElement search = driver.findElement(By.id("matrix-family-search"));
        search.sendKeys("Fixture Matrix Family");
        waitFor(By.cssSelector("#matrix-family-search-results [role=option][data-iri='" + FAMILY + "']")).click();
        assertTheFamilysMatrix();
        assertThat(driver.getCurrentUrl()).contains("family=" + URLEncoder.encode(FAMILY, StandardCharsets.UTF_8));

        driver.navigate().refresh();
        waitForData("#matrix-view", "oneFamily", "true");
        assertTheFamilysMatrix();
    }
}
