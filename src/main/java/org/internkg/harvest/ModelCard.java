package org.internkg.harvest;

import java.util.List;

/**
 * The front matter of a Hugging Face model card.
 *
 * @param huggingFaceId the repository the card belongs to (from the URL or {@code --source-url}), or null
 * @param name          the model's display name: {@code model_name}, else the last part of the id
 * @param license       {@code license}, or null
 * @param baseModels    {@code base_model} (one or several)
 * @param pipelineTag   {@code pipeline_tag}, or null
 * @param tags          {@code tags}
 * @param datasets      {@code datasets}
 * @param libraryName   {@code library_name}, or null
 */
public record ModelCard(String huggingFaceId, String name, String license, List<String> baseModels, String pipelineTag,
        List<String> tags, List<String> datasets, String libraryName) {
}
