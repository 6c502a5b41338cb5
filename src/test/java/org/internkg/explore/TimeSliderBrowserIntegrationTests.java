package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The explorer's time slider on the bundled data: InternLM2-7B and its release are dated 2024-01-17 by the model
 * card (ontology/data/models.trig, releases.trig), the InternLM family's first model is from 2023, stages are undated.
 */
class TimeSliderBrowserIntegrationTests extends BrowserTest {

    private static final String ID = "https://w3id.org/internkg/id/";
    private static final String RELEASE = ID + "release/internlm2-7b";
    private static final String MODEL = ID + "model/internlm2-7b";
    private static final String FAMILY = ID + "family/internlm2";
    // Drawn with the family and the model expanded: the release comes in as the model's neighbour.
    private static final String EXPANDED = "x=id%3Afamily%2Finternlm2&x=id%3Amodel%2Finternlm2-7b&lang=en";

    private void openExplorer(String query) {
        open("/?" + query);
        waitForData("#graph", "ready", "true");
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "busy", "false");
        waitForData("#time-bar", "loaded", "true");
    }

    private List<String> visible() {
        return js("return window.__internkgTest.visibleNodeIds();");
    }

    private List<String> drawn() {
        return js("return window.__internkgTest.nodeIds();");
    }

    private void press(CharSequence key) {
        String before = driver.findElement(By.id("graph")).getDomAttribute("data-at");
        driver.findElement(By.id("time-slider")).sendKeys(key);
        waitUntil(d -> !String.valueOf(before).equals(d.findElement(By.id("graph")).getDomAttribute("data-at")));
    }

    @Test
    void shouldHideTheInternLM2ReleasesBeforeTheirDayAndBringThemBackWithTheKeyboard() {
        openExplorer(EXPANDED);
        assertThat(drawn()).contains(RELEASE, MODEL, FAMILY);
        assertThat(visible()).contains(RELEASE, MODEL, FAMILY);
        assertThat(driver.findElement(By.id("time-date")).getText()).isEqualTo("today");

        openExplorer(EXPANDED + "&at=2024-01-18");
        waitForData("#graph", "at", "2024-01-18");
        assertThat(visible()).contains(RELEASE, MODEL);

        WebElement slider = driver.findElement(By.id("time-slider"));
        js("arguments[0].focus();", slider);
        press(Keys.ARROW_LEFT);
        press(Keys.ARROW_LEFT);
        waitForData("#graph", "at", "2024-01-16");
        assertThat(driver.findElement(By.id("time-date")).getText()).isEqualTo("2024-01-16");
        assertThat(slider.getDomAttribute("aria-valuetext")).isEqualTo("2024-01-16");
        assertThat(visible()).doesNotContain(RELEASE, MODEL, FAMILY)
                // Undated context stays; InternLM (2023) was already there.
                .contains(ID + "stage/pre-training", ID + "family/internlm");
        assertThat(drawn()).contains(RELEASE, MODEL, FAMILY);
        assertThat(driver.getCurrentUrl()).contains("at=2024-01-16");

        press(Keys.ARROW_RIGHT);
        waitForData("#graph", "at", "2024-01-17");
        assertThat(visible()).contains(RELEASE, MODEL, FAMILY);
        // Came out within the last 30 days: ringed.
        assertThat((List<String>) js("return window.__internkgTest.nodeClasses(arguments[0]);", RELEASE)).contains("is-recent");
        assertThat((List<String>) js("return window.__internkgTest.nodeClasses(arguments[0]);", ID + "family/internlm")).doesNotContain("is-recent");
        screenshot("explorer-time-slider");

        driver.findElement(By.id("time-now")).click();
        waitForData("#graph", "at", "");
        assertThat(driver.getCurrentUrl()).doesNotContain("at=");
        assertThat(visible()).contains(RELEASE, MODEL, FAMILY);
    }

    @Test
    void shouldRestoreTheDayFromThePermalinkAndAfterAReload() {
        openExplorer(EXPANDED + "&at=2024-01-16");
        waitForData("#graph", "at", "2024-01-16");
        driver.findElement(By.id("permalink")).click();
        String url = (String) js("return document.getElementById('graph').dataset.permalink;");
        assertThat(url).contains("at=2024-01-16");

        driver.get("about:blank");
        driver.get(url);
        waitForData("#time-bar", "loaded", "true");
        waitForData("#graph", "restored", "true");
        waitForData("#graph", "busy", "false");
        waitForData("#graph", "at", "2024-01-16");
        assertThat(driver.findElement(By.id("time-date")).getText()).isEqualTo("2024-01-16");
        assertThat(drawn()).contains(RELEASE);
        assertThat(visible()).doesNotContain(RELEASE, MODEL);
        // Selecting a node that is not there yet says when it came.
        driver.navigate().to(url + "&focus=" + java.net.URLEncoder.encode(MODEL, java.nio.charset.StandardCharsets.UTF_8));
        waitForData("#time-bar", "loaded", "true");
        waitForData("#graph", "selected", MODEL);
        waitUntil(d -> d.findElement(By.id("time-note")).getText().contains("2024-01-17"));
        assertThat(driver.findElement(By.id("time-note")).getText()).startsWith("InternLM2-7B came on 2024-01-17");

        driver.navigate().refresh();
        waitForData("#time-bar", "loaded", "true");
        waitForData("#graph", "busy", "false");
        waitForData("#graph", "at", "2024-01-16");
        assertThat(visible()).doesNotContain(RELEASE);
    }

    @Test
    void shouldCountInTheLegendOnlyTheNodesStillThereOnTheChosenDay() {
        openExplorer(EXPANDED + "&at=2024-01-16");
        waitForData("#graph", "at", "2024-01-16");
        String typeClass = js("return window.__internkgTest.nodeClasses(arguments[0]).find((c) => c.startsWith('type-'));", RELEASE);
        String count = "return window.__internkgTest.%s().filter((id) => window.__internkgTest.nodeClasses(id).includes(arguments[0])).length;";
        long drawnOfType = js(count.formatted("nodeIds"), typeClass);
        long visibleOfType = js(count.formatted("visibleNodeIds"), typeClass);
        assertThat(visibleOfType).isLessThan(drawnOfType);

        assertThat(legendShown(typeClass)).isEqualTo(visibleOfType == 0 ? "" : visibleOfType + " shown");

        driver.findElement(By.id("time-now")).click();
        waitForData("#graph", "at", "");
        waitUntil(d -> legendShown(typeClass).equals(drawnOfType + " shown"));
    }

    private String legendShown(String typeClass) {
        return driver.findElement(By.xpath("//input[@data-type-class='" + typeClass + "']/ancestor::label//span[@class='legend-shown']")).getText();
    }

    @Test
    void shouldPlayMonthByMonthAndPause() {
        openExplorer("at=2023-10-15&lang=en");
        WebElement play = driver.findElement(By.id("time-play"));
        play.click();
        assertThat(play.getDomAttribute("aria-pressed")).isEqualTo("true");
        waitForData("#graph", "at", "2023-11-15");
        waitForData("#graph", "at", "2023-12-15");
        play.click();
        assertThat(play.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(play.getText()).isEqualTo("Play");
        String stopped = driver.findElement(By.id("graph")).getDomAttribute("data-at");
        assertThat(stopped).matches("20\\d\\d-\\d\\d-15").isGreaterThanOrEqualTo("2023-12-15");
    }

    @Test
    void shouldNameTheSliderInBothLanguages() {
        openExplorer("lang=en");
        assertThat(driver.findElement(By.cssSelector("label[for='time-slider']")).getText()).isEqualTo("As of");
        driver.findElement(By.id("language")).click();
        assertThat(driver.findElement(By.cssSelector("label[for='time-slider']")).getText()).isEqualTo("时间点");
        assertThat(driver.findElement(By.id("time-date")).getText()).isEqualTo("今天");
        driver.findElement(By.id("language")).click();
    }
}
