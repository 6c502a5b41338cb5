package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code diff}: the changes between the two fixture releases, exit codes, and errors. */
class DiffCommandTests {

    private static final String DIR = "src/test/resources/changes/";
    private static final String RELEASE_09 = DIR + "release-2026.09.0.trig";
    private static final String RELEASE_10 = DIR + "release-2026.10.0.trig";
    private static final String README = "[src:fixture-readme <https://example.org/fixture/README.md>]";
    private static final String TOOL_DOCS = "[src:fixture-tool-docs <https://example.org/fixture-tool/supported_models.md>]";

    @Test
    void shouldListExactlyTheAdditionsRemovalsAndChangesBetweenTwoReleases() {
        CommandLineRun run = CommandLineRun.of("diff", "--releases", DIR + "releases.ttl", "2026.09.0", "2026.10.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out().lines().toList()).containsExactly(
                "--- 2026.09.0 (data release, 2026-09-01)",
                "+++ 2026.10.0 (data release, 2026-10-01)",
                "4 added, 5 removed, 2 changed",
                "",
                "model:fixture-20b (Fixture-20B)",
                "  + rdf:type ikg:Model  " + README,
                "  + rdfs:label \"Fixture-20B\"@en  " + README,
                "  + ikg:family family:fixture (Fixture)  " + README,
                "",
                "model:fixture-7b (Fixture-7B)",
                "  ~ schema:datePublished \"2024-06-30\"^^xsd:date → \"2024-07-03\"^^xsd:date  " + README,
                "  + statement [ a rdf:Statement ; rdf:object \"2024-07-03\"^^xsd:date ; rdf:predicate schema:datePublished ; "
                        + "rdf:subject model:fixture-7b (Fixture-7B) ; skos:note \"date of the release tag\"@en ; ikg:confidence ikg:medium ]  " + README,
                "",
                "model:fixture-old (Fixture-Old)",
                "  - rdf:type ikg:Model  " + README,
                "  - rdfs:label \"Fixture-Old\"@en  " + README,
                "  - ikg:family family:fixture (Fixture)  " + README,
                "",
                "src:fixture-readme (Fixture README)",
                "  ~ ikg:retrievedOn \"2026-09-01\"^^xsd:date → \"2026-10-01\"^^xsd:date  " + README,
                "",
                "tool:fixture-tool (FixtureTool)",
                "  - ikg:support [ a ikg:Support ; ikg:engine \"TurboMind\" ; ikg:model model:fixture-old (Fixture-Old) ; ikg:supported true ]  " + TOOL_DOCS,
                "  - ikg:supportsModel model:fixture-old (Fixture-Old)  " + TOOL_DOCS);
    }

    @Test
    void shouldFindNoDifferenceBetweenTwoReadingsOfOneReleaseWhoseBlankNodesGetNewLabels() {
        CommandLineRun run = CommandLineRun.of("diff", RELEASE_10, DIR + "release-2026.10.0.trig");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 added, 0 removed, 0 changed").doesNotContain("  + ").doesNotContain("  - ");
    }

    @Test
    void shouldCompareFilesAsWellAsReleasesAndSayWhichIsWhich() {
        CommandLineRun run = CommandLineRun.of("diff", RELEASE_09, RELEASE_10);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("--- " + RELEASE_09 + " (file)\n+++ " + RELEASE_10 + " (file)\n4 added, 5 removed, 2 changed\n");
    }

    @Test
    void shouldWriteJsonThatAScriptCanRead() {
        CommandLineRun run = CommandLineRun.of("diff", "--format", "json", "--releases", DIR + "releases.ttl", "2026.09.0", "2026.10.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.at("/from/id").asString()).isEqualTo("2026.09.0");
        assertThat(json.at("/to/kind").asString()).isEqualTo("data-release");
        assertThat(json.at("/summary/added").asInt()).isEqualTo(4);
        assertThat(json.at("/summary/removed").asInt()).isEqualTo(5);
        assertThat(json.at("/summary/changed").asInt()).isEqualTo(2);
        JsonNode date = null;
        for (JsonNode change : json.get("changes")) {
            if ("https://schema.org/datePublished".equals(change.at("/predicate/iri").asString())) {
                date = change;
            }
        }
        assertThat(date).isNotNull();
        assertThat(date.get("change").asString()).isEqualTo("changed");
        assertThat(date.at("/subject/label").asString()).isEqualTo("Fixture-7B");
        assertThat(date.at("/before/literal").asString()).isEqualTo("2024-06-30");
        assertThat(date.at("/after/literal").asString()).isEqualTo("2024-07-03");
        assertThat(date.at("/after/datatype").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        assertThat(date.at("/source/document").asString()).isEqualTo("https://example.org/fixture/README.md");
    }

    @Test
    void shouldPointAtTheLineAndColumnOfASyntaxErrorAndExitTwo() {
        CommandLineRun run = CommandLineRun.of("diff", RELEASE_09, DIR + "bad-syntax.trig");

        assertThat(run.exitCode()).isEqualTo(2);
        // Line 4 uses the prefix family: that the file never declares; the prefixed name starts in column 55.
        assertThat(run.err()).startsWith("internkg diff: " + DIR + "bad-syntax.trig:4:55: Undefined prefix: family").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldExitTwoOnAnUnknownVersionOrAMissingOne() {
        CommandLineRun run = CommandLineRun.of("diff", "2026.11.0", "2025.01.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown version '2025.01.0'").contains("2026.11.0");
        CommandLineRun missing = CommandLineRun.of("diff", "2026.11.0");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'TO'");
    }

    @Test
    void shouldCompareTwoHarvestedVersionsOfOneDocumentFromTheArchive(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        String upstream = "src/test/resources/upstream/";
        assertThat(CommandLineRun.of("harvest", "--store", store, "--version-date", "2024-01-01", upstream + "internlm-README.md@e611817").exitCode()).isZero();
        assertThat(CommandLineRun.of("harvest", "--store", store, "--version-date", "2025-01-01", upstream + "internlm-README.md@67c5e9d").exitCode()).isZero();

        CommandLineRun run = CommandLineRun.of("diff", "--store", store,
                "src:harvest-github-internlm-internlm-blob-readme-md-e611817", "src:harvest-github-internlm-internlm-blob-readme-md-67c5e9d");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String archived = "src:harvest-github-internlm-internlm-blob-readme-md-e611817 <https://github.com/InternLM/InternLM/blob/e611817/README.md>";
        String live = "src:harvest-github-internlm-internlm-blob-readme-md-67c5e9d <https://github.com/InternLM/InternLM/blob/67c5e9d/README.md>";
        assertThat(run.out())
                .contains("--- https://w3id.org/internkg/id/source/harvest-github-internlm-internlm-blob-readme-md-e611817 (source version, 2024-01-01T00:00:00Z)")
                .contains("~ ikg:commit \"e611817\" → \"67c5e9d\"  [" + archived + " → " + live + "]")
                .contains("+ schema:datePublished \"2024-02-19\"^^xsd:date  [" + live + "]")
                .contains("- ikg:huggingFaceId \"internlm/internlm-chat-7b-8k\"  [" + archived + "]");
    }

    @Test
    void shouldNameTheProgramTheDataReleaseAndTheOntologyVersionApart() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("InternKG 0.1.0", "data release 2026.11.0 (2026-11-28)",
                "ontology https://w3id.org/internkg/def/0.1.0");
    }
}
