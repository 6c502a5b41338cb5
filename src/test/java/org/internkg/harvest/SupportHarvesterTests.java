package org.internkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Supported-model lists: LMDeploy tables and README, XTuner v0.x and V1, OpenCompass configs, HuixiangDou, InternEvo. */
class SupportHarvesterTests {

    @Test
    void shouldReadInternLm25OnTurboMindWithW4A16FromTheLmdeployTables() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.upstream("lmdeploy-docs__en__supported_models__supported_models.md@c124582"));

        assertThat(result.source().kind()).isEqualTo(SourceKind.SUPPORT_TABLE);
        assertThat(result.source().tool()).isEqualTo("lmdeploy");
        assertThat(result.unreadable()).isEmpty();
        assertThat(result.supports()).contains(
                new SupportRow(15, "InternLM2.5", null, "7B", "TurboMind", "CUDA", "W4A16", null, true),
                // "No" is a fact: Intern-S1 is not supported on TurboMind with W4A16.
                new SupportRow(17, "Intern-S1", null, "241B", "TurboMind", "CUDA", "W4A16", null, false),
                // The two-row header of the other-platforms table gives the platform of each column.
                new SupportRow(142, "InternLM2.5", null, "7B - 20B", "PyTorchEngine", "Atlas 800T A2", "FP16/BF16(eager)", null, true));
        // "-" (not verified) states nothing: Intern-S1 on PyTorchEngine with W4A16.
        assertThat(result.supports()).noneMatch(s -> s.line() == 68 && "W4A16".equals(s.precision()));
        // Footnotes are not part of the name: "Llama3.2<sup>\[2\]</sup>".
        assertThat(result.supports()).anyMatch(s -> s.modelName().equals("Llama3.2") && "TurboMind".equals(s.engine()));
    }

    @Test
    void shouldReadTheReadmeBulletListsWithTheirSizes() {
        HarvestResult readme = UpstreamFiles.harvest(UpstreamFiles.upstream("lmdeploy-README.md@1263d5c"));

        assertThat(readme.source().kind()).isEqualTo(SourceKind.TOOL_README);
        assertThat(readme.supports()).contains(SupportRow.listed(134, "InternLM2.5", null, "7B"), SupportRow.listed(132, "InternLM2", null, "7B - 20B"));
        // "Qwen3, Qwen3-MoE" is two models.
        assertThat(readme.supports()).filteredOn(s -> s.line() == 140).extracting(SupportRow::modelName).containsExactly("Qwen3", "Qwen3-MoE");
    }

    @Test
    void shouldReadXtunerV0ListsAndReportTheEllipsis() {
        HarvestResult v0 = UpstreamFiles.harvest(UpstreamFiles.upstream("xtuner-README.md@3500a47"));

        assertThat(v0.supports()).extracting(SupportRow::modelName).startsWith("InternLM2", "InternLM2.5", "Llama 2", "Llama 3", "Phi-3", "ChatGLM2");
        assertThat(v0.supports()).filteredOn(s -> s.modelName().equals("ChatGLM2")).extracting(SupportRow::huggingFaceId).containsExactly("THUDM/chatglm2-6b");
        // The Phi-3 link is a collection page, not a repository.
        assertThat(v0.supports()).filteredOn(s -> s.modelName().equals("Phi-3")).extracting(SupportRow::huggingFaceId).containsOnlyNulls();
        assertThat(v0.unreadable()).extracting(UnreadableRow::line).containsExactly(120);
    }

    @Test
    void shouldReadTheXtunerV1MatrixAndSkipWorkInProgress() {
        HarvestResult v1 = UpstreamFiles.harvest(UpstreamFiles.upstream("xtuner-README.md@845b0a9"));

        assertThat(v1.supports()).contains(new SupportRow(75, "Intern S1", null, null, null, "GPU", "FP8", null, true),
                new SupportRow(79, "GPT OSS", null, null, null, "GPU", "BF16", null, true));
        // 7 models × 3 columns, less the three 🚧 cells of GPT OSS, Deepseek V3 and KIMI K2 on NPU.
        assertThat(v1.supports()).hasSize(18).noneMatch(s -> "NPU".equals(s.platform()) && s.line() >= 79);
    }

    @Test
    void shouldReadOpenCompassConfigsIncludingModelsBuiltInALoop() {
        HarvestResult series = UpstreamFiles.harvest(UpstreamFiles.upstream(
                "opencompass-opencompass__configs__models__hf_internlm__lmdeploy_internlm2_series.py@46cc789"));
        HarvestResult chat = UpstreamFiles.harvest(UpstreamFiles.upstream(
                "opencompass-opencompass__configs__models__hf_internlm__hf_internlm2_chat_7b.py@46cc789"));

        assertThat(series.supports()).extracting(SupportRow::huggingFaceId).containsExactly("internlm/internlm2-1_8b", "internlm/internlm2-7b",
                "internlm/internlm2-base-7b", "internlm/internlm2-20b", "internlm/internlm2-base-20b");
        assertThat(series.supports()).allMatch(s -> "LMDeploy".equals(s.backend()) && "TurboMind".equals(s.engine()));
        assertThat(chat.supports()).containsExactly(new SupportRow(7, "internlm2-chat-7b", "internlm/internlm2-chat-7b", null, null, null, null, "HuggingFace", true));
        assertThat(chat.source().tool()).isEqualTo("opencompass");
    }

    @Test
    void shouldReadHuixiangDouAndInternEvoModelColumnsOnly() {
        HarvestResult huixiangdou = UpstreamFiles.harvest(UpstreamFiles.upstream("huixiangdou-README.md@71dd9c4"));
        HarvestResult internevo = UpstreamFiles.harvest(UpstreamFiles.upstream("internevo-README.md@05b58a9"));
        HarvestResult oldInternevo = UpstreamFiles.harvest(UpstreamFiles.upstream("internevo-README.md@cba90e6"));

        assertThat(huixiangdou.supports()).extracting(SupportRow::modelName)
                .containsExactly("DeepSeek", "InternLM", "GLM", "KIMI", "StepFun", "vLLM", "Silicon", "PPIO", "Xi-Api");
        assertThat(internevo.supports()).extracting(SupportRow::modelName)
                .containsExactly("InternLM", "InternLM2", "InternLM3", "Llama2", "Qwen2", "Baichuan2", "gemma", "Qwen2-MoE", "Mixtral");
        assertThat(oldInternevo.supports()).isEmpty();
    }

    @Test
    void shouldDetectTheKindFromTheNameOrTheFrontMatter() {
        assertThat(List.of(
                SourceKind.detect("internlm-README.md@fb14f9b", "# InternLM"),
                SourceKind.detect("https://github.com/InternLM/lmdeploy/blob/main/docs/en/supported_models/supported_models.md", ""),
                SourceKind.detect("xtuner-README.md@845b0a9", ""),
                SourceKind.detect("lmdeploy_internlm2_5_7b_chat.py", ""),
                SourceKind.detect("README.md", "---\nlicense: mit\n---\n")))
                .containsExactly(SourceKind.MODEL_ZOO, SourceKind.SUPPORT_TABLE, SourceKind.TOOL_README, SourceKind.OPENCOMPASS_CONFIG, SourceKind.MODEL_CARD);
        assertThat(SourceKind.detect("notes.txt", "plain")).isNull();
    }
}
