package org.internkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hugging Face model-card front matter, from small cards in the same format (src/test/resources/harvest). */
class ModelCardHarvesterTests {

    @Test
    void shouldReadTheFrontMatterOfACommunityFineTune() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.fixture("community-internlm2_5-7b-chat-medical.md",
                "https://huggingface.co/example-org/internlm2_5-7b-chat-medical"));

        assertThat(result.source().kind()).isEqualTo(SourceKind.MODEL_CARD);
        assertThat(result.cards()).containsExactly(new ModelCard("example-org/internlm2_5-7b-chat-medical", "internlm2_5-7b-chat-medical",
                "apache-2.0", java.util.List.of("internlm/internlm2_5-7b-chat"), "text-generation",
                java.util.List.of("medical", "internlm2.5", "sft"), java.util.List.of("example-org/medical-dialogue-zh"), "transformers"));
    }

    @Test
    void shouldReadSeveralBaseModelsAndALicenceOutsideSpdx() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.fixture("community-lora-two-bases.md",
                "https://huggingface.co/example-org/lora-two-bases"));

        ModelCard card = result.cards().get(0);
        assertThat(card.baseModels()).containsExactly("internlm/internlm2-chat-7b", "example-org/unknown-base-13b");
        assertThat(card.license()).isEqualTo("other");
        assertThat(card.tags()).containsExactly("lora");
    }

    @Test
    void shouldReportBrokenFrontMatterWithItsLine() {
        HarvestResult result = UpstreamFiles.harvest(UpstreamFiles.fixture("broken-front-matter.md",
                "https://huggingface.co/example-org/broken"));

        assertThat(result.cards()).isEmpty();
        assertThat(result.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo("broken-front-matter.md");
            assertThat(u.line()).isBetween(3, 5);
            assertThat(u.reason()).startsWith("front matter is not valid YAML");
        });
    }

    @Test
    void shouldAskForTheRepositoryWhenTheCardDoesNotSayWhichModelItIs() {
        SourceText anonymous = new SourceText("README.md", "---\nlicense: mit\n---\n# card\n", SourceKind.MODEL_CARD,
                "file:///tmp/README.md", "file:///tmp/README.md", null, "README.md", null, java.time.Instant.now());

        assertThat(UpstreamFiles.harvest(anonymous).unreadable()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("--source-url https://huggingface.co/OWNER/NAME"));
    }
}
