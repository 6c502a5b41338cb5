package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.internkg.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The path finder, timeline, course and compare views in headless Chromium, on the shipped data. */
@ActiveProfiles("explore-fixture")
class InsightViewsBrowserIntegrationTests extends BrowserTest {

    private static final String ID = "https://w3id.org/internkg/id/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode api(String path, String... params) throws IOException, InterruptedException {
        URI uri = ApiUris.of(baseUrl(), path, params);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private void openTab(String name) {
        open("/");
        waitForData("#graph", "ready", "true");
        driver.findElement(By.id("insights-tab-" + name)).click();
        waitForData("#insights", "open", "true");
    }

    private void pick(String pickerId, String text, String iri) {
        WebElement input = driver.findElement(By.id(pickerId));
        input.clear();
        input.sendKeys(text);
        waitFor(By.cssSelector("#" + pickerId + "-results [role=option][data-iri='" + iri + "']")).click();
    }

    private List<String> markedIds() {
        return js("return window.__internkgTest.markedIds();");
    }

    @Test
    void shouldListPathsInWordsAndMarkTheFirstInTheGraph() throws Exception {
        openTab("paths");
        pick("path-from", "qlora", ID + "technique/qlora");
        pick("path-to", "internlm2 chat 7b", ID + "model/internlm2-chat-7b");
        driver.findElement(By.id("path-find")).click();
        waitForData("#insights-paths", "loaded", "true");
        waitForData("#insights-paths", "shown", "0");
        waitForData("#graph", "busy", "false");

        List<String> sentences = new ArrayList<>();
        driver.findElements(By.cssSelector("#path-results li .path-sentence")).forEach(e -> sentences.add(e.getText()));
        assertThat(sentences).contains("QLoRA ← implements technique — XTuner — supports model → InternLM2 ← family — InternLM2-Chat-7B");
        JsonNode first = api("/api/path", "from", ID + "technique/qlora", "to", ID + "model/internlm2-chat-7b", "limit", "8").at("/paths/0");
        assertThat(sentences.get(0)).isEqualTo(first.at("/sentence").asString());
        List<String> expected = new ArrayList<>();
        first.at("/nodes").forEach(n -> expected.add(n.asString()));
        first.at("/edges").forEach(n -> expected.add(n.asString()));
        assertThat(markedIds()).containsExactlyInAnyOrderElementsOf(expected);
        screenshot("insights-path-finder");

        driver.findElement(By.cssSelector("#path-results li[data-path-index='1']")).click();
        waitForData("#insights-paths", "shown", "1");
        assertThat(markedIds()).contains(ID + "technique/qlora", ID + "model/internlm2-chat-7b");
    }

    @Test
    void shouldShowReleasesByFamilyAndMarkTheDisputedDate() {
        openTab("timeline");
        waitForData("#insights-timeline", "loaded", "true");
        assertThat(driver.findElements(By.cssSelector("#timeline .timeline-lane[data-lane='InternLM2.5']"))).hasSize(1);
        int all = Integer.parseInt(driver.findElement(By.id("timeline")).getDomAttribute("data-count"));
        driver.findElement(By.cssSelector(".timeline-years button[data-year='2024']")).click();
        int in2024 = Integer.parseInt(driver.findElement(By.id("timeline")).getDomAttribute("data-count"));
        assertThat(in2024).isPositive().isLessThan(all);

        WebElement marker = waitFor(By.cssSelector("#timeline [data-release-iri='" + ID + "release/internlm2-5-7b']"));
        assertThat(marker.getDomAttribute("class")).contains("is-disputed");
        // A date no other source contradicts (InternLM2-7B, model card) is drawn unlike the disputed one.
        WebElement undisputed = driver.findElement(By.cssSelector("#timeline [data-release-iri='" + ID + "release/internlm2-7b']"));
        assertThat(undisputed.getDomAttribute("class")).doesNotContain("is-disputed");
        assertThat(undisputed.findElement(By.className("timeline-dot")).getCssValue("background-color"))
                .isNotEqualTo(marker.findElement(By.className("timeline-dot")).getCssValue("background-color"));
        screenshot("insights-timeline");
        marker.click();
        waitForData("#timeline-card", "iri", ID + "release/internlm2-5-7b");
        String card = driver.findElement(By.id("timeline-card")).getText();
        assertThat(card).contains("2024-07-03", "disputed date", "2024-06-30", "README_zh-CN");
        waitForData("#graph", "selected", ID + "model/internlm2-5-7b");
    }

    @Test
    void shouldListCamp2LessonsAndOpenWhatLessonFourUses() {
        openTab("course");
        waitForData("#insights-course", "loaded", "true");
        List<String> lessons = new ArrayList<>();
        driver.findElements(By.cssSelector("#course-lessons [data-lesson-iri]")).forEach(e -> lessons.add(e.getDomAttribute("data-lesson-iri")));
        List<String> firstEight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            firstEight.add(ID + "lesson/camp2-lesson-" + i);
        }
        assertThat(lessons.subList(0, 8)).containsExactlyElementsOf(firstEight);
        WebElement four = driver.findElement(By.cssSelector("#course-lessons [data-lesson-iri='" + ID + "lesson/camp2-lesson-4']"));
        assertThat(four.findElements(By.cssSelector(".chip[data-iri='" + ID + "tool/xtuner']"))).hasSize(1);
        assertThat(four.findElement(By.cssSelector(".lesson-links a")).getDomAttribute("href"))
                .isEqualTo("https://github.com/InternLM/Tutorial/blob/camp2/xtuner/readme.md");
        four.findElement(By.cssSelector("[data-action='show-lesson']")).click();
        waitForData("#insights-course", "shown", ID + "lesson/camp2-lesson-4");
        waitForData("#graph", "busy", "false");
        assertThat(markedIds()).contains(ID + "lesson/camp2-lesson-4", ID + "tool/xtuner", ID + "model/internlm2-chat-1-8b");
        screenshot("insights-course");
    }

    @Test
    void shouldCompareTwoModelsFromAModelsPanel() {
        open("/?focus=" + URLEncoder.encode(ID + "model/internlm2-5-7b-chat", StandardCharsets.UTF_8));
        waitForData("#details", "loaded", "true");
        waitFor(By.cssSelector("#details [data-action='compare']")).click();
        waitForData("#insights", "view", "compare");
        assertThat(driver.findElement(By.cssSelector("#insights-compare .picker")).getDomAttribute("data-iri"))
                .isEqualTo(ID + "model/internlm2-5-7b-chat");
        pick("compare-b", "InternLM2-Chat-7B", ID + "model/internlm2-chat-7b");
        driver.findElement(By.id("compare-go")).click();
        waitForData("#insights-compare", "loaded", "true");

        String family = driver.findElement(By.cssSelector("#compare-table tr[data-row='family']")).getText();
        assertThat(family).contains("InternLM2.5", "InternLM2");
        assertThat(driver.findElement(By.cssSelector("#compare-table tr[data-row='family']")).getDomAttribute("class")).contains("is-different");
        List<WebElement> dateCells = driver.findElements(By.cssSelector("#compare-table tr[data-row='date'] td"));
        assertThat(dateCells.get(0).getText()).contains("2024-07-03", "also reported", "2024-06-30");
        assertThat(dateCells.get(1).getText()).contains("2024-01-17");
        assertThat(dateCells.get(0).findElements(By.cssSelector("a.ref"))).isNotEmpty()
                .allMatch(a -> a.getDomAttribute("href").startsWith("https://"));
        screenshot("insights-compare");
    }

    @Test
    void shouldSpeakTheChosenLanguageInTheQuestionViews() {
        open("/?lang=zh&focus=" + URLEncoder.encode(ID + "model/internlm2-5-7b-chat", StandardCharsets.UTF_8));
        try {
            waitForData("#details", "loaded", "true");
            assertThat(driver.findElement(By.id("insights-tab-paths")).getText()).isEqualTo("路径");
            assertThat(driver.findElement(By.id("insights-tab-compare")).getDomAttribute("title")).isEqualTo("两个模型有何不同？");
            waitFor(By.cssSelector("#details [data-action='compare']")).click();
            waitForData("#insights", "view", "compare");
            WebElement status = driver.findElement(By.cssSelector("#insights-compare .insights-status"));
            assertThat(status.getText()).isEqualTo("现在选择要对比的模型。");
            assertThat(driver.findElement(By.id("compare-go")).getText()).isEqualTo("对比");
            pick("compare-b", "InternLM2-Chat-7B", ID + "model/internlm2-chat-7b");
            driver.findElement(By.id("compare-go")).click();
            waitForData("#insights-compare", "loaded", "true");
            assertThat(driver.findElement(By.cssSelector("#compare-table tr[data-row='family'] th")).getText()).isEqualTo("系列");
            assertThat(driver.findElement(By.cssSelector("#compare-table tr[data-row='date'] td")).getText()).contains("另有报道");
            assertThat(status.getText()).startsWith("每个值都链接到其来源");

            // Switching the language re-renders what is open, the comparison included.
            driver.findElement(By.id("language")).click();
            waitUntil(d -> d.findElement(By.cssSelector("#compare-table tr[data-row='family'] th")).getText().equals("Family"));
            assertThat(status.getText()).isEqualTo("Every value links to its sources; differing rows are highlighted.");
            assertThat(driver.findElement(By.id("insights-tab-paths")).getText()).isEqualTo("Paths");
            driver.findElement(By.id("insights-tab-paths")).click();
            assertThat(driver.findElement(By.id("path-find")).getText()).isEqualTo("Find paths");
            driver.findElement(By.id("language")).click();
            waitUntil(d -> d.findElement(By.id("path-find")).getText().equals("查找路径"));
            assertThat(driver.findElement(By.cssSelector("#insights-paths .insights-intro")).getText()).contains("最短路径");
            assertThat(driver.findElement(By.cssSelector("#path-max-length option[value='4']")).getText()).isEqualTo("≤ 4 条链接");
            pick("path-from", "qlora", ID + "technique/qlora");
            pick("path-to", "internlm2 chat 7b", ID + "model/internlm2-chat-7b");
            driver.findElement(By.id("path-find")).click();
            waitForData("#insights-paths", "loaded", "true");
            assertThat(driver.findElements(By.cssSelector("#path-results li .path-sentence"))).extracting(WebElement::getText)
                    .contains("QLoRA ← 实现方法 — XTuner — 支持模型 → 书生·浦语2 ← 所属系列 — InternLM2-Chat-7B");
            assertThat(driver.findElement(By.cssSelector("#insights-paths .insights-status")).getText()).contains("条路径");
        } finally {
            // the switch remembers the language in this browser; the other tests expect the default
            js("window.localStorage.removeItem('internkg.language');");
        }
    }

    @Test
    void shouldServeTheApiDocumentationFromThisServerOnly() {
        open("/api/docs");
        WebElement title = waitFor(By.cssSelector(".swagger-ui .info .title"));
        assertThat(title.getText()).isNotBlank();
        waitFor(By.cssSelector(".swagger-ui .opblock-summary-path[data-path='/api/path']"));
        // The base class then checks that nothing came from another origin and nothing was logged as an error.
    }
}
