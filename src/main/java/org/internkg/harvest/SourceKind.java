package org.internkg.harvest;

import java.util.Locale;

/** What kind of upstream document a source is; it picks the harvester. */
public enum SourceKind {
    /** InternLM README or model card: model-zoo pipe tables with hub links and release dates, and dated news. */
    MODEL_ZOO,
    /** Supported-model tables (LMDeploy docs): engine × platform × precision, Yes / No cells. */
    SUPPORT_TABLE,
    /** A tool README: HTML tables of bullet lists (LMDeploy, XTuner, HuixiangDou, InternEvo, OpenCompass) and ✅ matrices. */
    TOOL_README,
    /** OpenCompass model configuration (Python): {@code path=} gives the Hugging Face id, the file prefix the backend. */
    OPENCOMPASS_CONFIG,
    /** Hugging Face model card: YAML front matter ({@code license}, {@code base_model}, {@code tags} …). */
    MODEL_CARD;

    /** The kind a file name or URL means, or the content when it starts with YAML front matter; null when unknown. */
    public static SourceKind detect(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        if (text != null && (text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return MODEL_CARD;
        }
        if (file.contains(".py")) {
            return OPENCOMPASS_CONFIG;
        }
        if (lower.contains("supported_models") || lower.contains("reward_models")) {
            return SUPPORT_TABLE;
        }
        if (file.startsWith("internlm-readme") || file.startsWith("internlm-model_cards") || lower.contains("internlm/internlm/")
                || lower.contains("model_cards")) {
            return MODEL_ZOO;
        }
        if (file.contains("readme")) {
            return TOOL_README;
        }
        return null;
    }
}
