package org.internkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The InternLM model-zoo tables in their four layouts (2023-09, 2024-02, 2024-08, 2025-01) and the model cards. */
class ModelZooHarvesterTests {

    @ParameterizedTest(name = "{0}: {1} model rows")
    @CsvSource({
            "internlm-README.md@e611817, 6",   // one flat table: Chat 20B, 20B, Chat 7B v1.1, 7B, Chat 7B, Chat 7B 8k
            "internlm-README.md@67c5e9d, 11",  // one flat table of InternLM2 (1.8B … Chat-20B) with OpenXLab(Origin)
            "internlm-README.md@ef74b41, 21",  // InternLM2.5 (7) + InternLM2-Reward (3) + InternLM2 (11, in <details>)
            "internlm-README.md@fb14f9b, 22",  // InternLM3 (1, Modelers column) + the 21 above
            "internlm-README_zh-CN.md@fb14f9b, 22"})
    void shouldReadEveryModelRowOfEachReadmeLayout(String file, int rows) {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.upstream(file));

        assertThat(result.source().kind()).isEqualTo(SourceKind.MODEL_ZOO);
        assertThat(result.models()).hasSize(rows);
        assertThat(result.unreadable()).isEmpty();
    }

    @Test
    void shouldDateInternLm25SevenBAsTheAugust2024ReadmeDoesAndKeepItsFamilySection() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-README.md@ef74b41"));

        ModelRow row = row(result, "InternLM2.5-7B");
        assertThat(row.released()).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(row.huggingFaceId()).isEqualTo("internlm/internlm2_5-7b");
        assertThat(row.modelScopeId()).isEqualTo("Shanghai_AI_Laboratory/internlm2_5-7b");
        assertThat(row.openXLabId()).isEqualTo("OpenLMLab/internlm2_5-7b");
        assertThat(row.family()).isEqualTo("InternLM2.5");
        assertThat(row(result, "InternLM2-7B-Reward").rewardBenchScore()).isEqualByComparingTo(new BigDecimal("86.6"));
        assertThat(row(result, "InternLM2-Chat-20B").family()).isEqualTo("InternLM2");
    }

    @Test
    void shouldTakeTheHuggingFaceIdFromTheLinkNotFromTheDisplayText() {
        HarvestResult september2023 = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-README.md@e611817"));
        HarvestResult february2024 = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-README.md@67c5e9d"));

        // Text "internlm/internlm-chat-20b", URL …/internlm-20b-chat; text "internlm2-1.8b", URL …/internlm2-1_8b.
        assertThat(row(september2023, "InternLM Chat 20B").huggingFaceId()).isEqualTo("internlm/internlm-20b-chat");
        assertThat(row(september2023, "InternLM Chat 7B v1.1").released()).isEqualTo(LocalDate.of(2023, 8, 22));
        assertThat(row(february2024, "InternLM2-1.8B").huggingFaceId()).isEqualTo("internlm/internlm2-1_8b");
        assertThat(row(february2024, "InternLM2-Chat-1.8B").released()).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(row(february2024, "InternLM2-1.8B").family()).isNull();
    }

    @Test
    void shouldReadTheModelCardsWhateverTheirOpenXLabHeaderIsCalled() {
        HarvestResult internlm20b = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-model_cards__internlm_20b.md@78bcb07"));
        HarvestResult internlm25 = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-model_cards__internlm2.5_7b.md@2ebfdb9"));

        // This card, like the 2023 README, links the chat model to …/internlm-20b-chat.
        assertThat(internlm20b.models()).extracting(ModelRow::huggingFaceId).containsExactly("internlm/internlm-20b-chat", "internlm/internlm-20b");
        assertThat(row(internlm20b, "InternLM 20B").openXLabId()).isNotNull();
        assertThat(internlm25.models()).extracting(ModelRow::huggingFaceId)
                .containsExactly("internlm/internlm2_5-7b", "internlm/internlm2_5-7b-chat", "internlm/internlm2_5-7b-chat-1m");
    }

    @Test
    void shouldReadTheReleaseNewsOfTheChineseReadmeWithItsOwnDate() {
        HarvestResult zh = UpstreamFiles.harvest(UpstreamFiles.upstream("internlm-README_zh-CN.md@fb14f9b"));

        assertThat(zh.news()).anySatisfy(news -> {
            assertThat(news.date()).isEqualTo(LocalDate.of(2024, 6, 30));
            assertThat(news.line()).isEqualTo(57);
            assertThat(news.modelNames()).containsExactly("InternLM2.5-7B", "InternLM2.5-7B-Chat", "InternLM2.5-7B-Chat-1M");
        });
        // The 2023.12.13 checkpoint update and the 2024.03.26 technical report announce no release.
        assertThat(zh.news()).noneMatch(n -> n.date().equals(LocalDate.of(2023, 12, 13)) || n.date().equals(LocalDate.of(2024, 3, 26)));
    }

    @Test
    void shouldReportRowsItCannotReadWithFileLineAndReason() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.fixture("model-zoo-bad-link.md",
                "https://github.com/example/fixture/blob/main/README.md", SourceKind.MODEL_ZOO));

        assertThat(result.models()).extracting(ModelRow::name).containsExactly("InternLM2-Chat-7B", "InternLM2-Fixture-Bad-Id-7B", "Fixture-Date-7B");
        assertThat(result.unreadable()).extracting(UnreadableRow::toString).containsExactly(
                "model-zoo-bad-link.md:10: no Hugging Face link in the Transformers(HF) column for Nameless Link",
                "model-zoo-bad-link.md:12: release date \"17.01.2024\" of Fixture-Date-7B is not YYYY-MM-DD; row kept without it");
    }

    private static ModelRow row(HarvestResult result, String name) {
        return result.models().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + result.models()));
    }
}
