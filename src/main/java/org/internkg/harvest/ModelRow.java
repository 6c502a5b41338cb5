package org.internkg.harvest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One model row of a model-zoo table, with ids taken from the links (not from the display text).
 *
 * @param line            line in the document
 * @param name            the display name ("InternLM2.5-7B")
 * @param huggingFaceId   from the huggingface.co link ("internlm/internlm2_5-7b")
 * @param modelScopeId    from the modelscope.cn link, or null
 * @param openXLabId      from the first openxlab.org.cn link, or null
 * @param released        the Release Date column, or null
 * @param family          the {@code ###} section heading the table sits under, or null
 * @param rewardBenchScore the RewardBench Score column, or null
 */
public record ModelRow(int line, String name, String huggingFaceId, String modelScopeId, String openXLabId, LocalDate released,
        String family, BigDecimal rewardBenchScore) {
}
