package org.internkg.harvest;

/**
 * One "tool supports model" fact as the source states it.
 *
 * @param line          line in the document
 * @param modelName     the model name as written, footnotes removed ("InternLM2.5")
 * @param huggingFaceId the Hugging Face id where the source gives one, or null
 * @param sizes         the sizes the source gives ("7B - 20B"), or null
 * @param engine        engine ("TurboMind"), or null
 * @param platform      hardware platform ("CUDA"), or null
 * @param precision     precision ("W4A16"), or null
 * @param backend       backend ("LMDeploy"), or null
 * @param supported     false where the source says No
 */
public record SupportRow(int line, String modelName, String huggingFaceId, String sizes, String engine, String platform,
        String precision, String backend, boolean supported) {

    static SupportRow listed(int line, String modelName, String huggingFaceId, String sizes) {
        return new SupportRow(line, modelName, huggingFaceId, sizes, null, null, null, null, true);
    }
}
