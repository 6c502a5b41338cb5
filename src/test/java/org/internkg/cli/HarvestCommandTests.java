package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harvest}: dry run, storing into the on-disk store with an archive, and clear refusals. */
class HarvestCommandTests {

    private static final String UPSTREAM = "src/test/resources/upstream/";
    private static final String GRAPH_2023 = "https://w3id.org/internkg/id/source/harvest-github-internlm-internlm-blob-readme-md-e611817";

    @Test
    void shouldPrintTheQuadsAndTheReportOnADryRunAndStoreNothing(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.of("harvest", "--dry-run", "--store", dir.resolve("db").toString(), UPSTREAM + "internlm-README.md@e611817");

        assertThat(run.exitCode()).as(run.err()).isZero();
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(quads);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(quads.listGraphNodes())).extracting(n -> n.getURI()).containsExactly(GRAPH_2023);
        assertThat(run.out()).contains("<https://w3id.org/internkg/id/model/internlm-chat-7b-8k> <https://schema.org/datePublished> "
                + "\"2023-07-06\"^^<http://www.w3.org/2001/XMLSchema#date> <" + GRAPH_2023 + "> .");
        assertThat(run.err()).contains("read: 6 model rows").contains("0 unreadable rows").contains("stored: nothing (dry run)")
                .contains("changes: first version of this source (6 models listed, 0 supported models)")
                .contains("disagreement: <https://w3id.org/internkg/id/model/internlm-chat-20b> huggingFaceId: internlm/internlm-chat-20b (curated), internlm/internlm-20b-chat (line 57)");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldCompareADryRunWithTheStoredVersionWithoutStoringIt(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        assertThat(CommandLineRun.of("harvest", "--store", store, UPSTREAM + "internlm-README.md@e611817").exitCode()).isZero();

        CommandLineRun run = CommandLineRun.of("harvest", "--dry-run", "--store", store, UPSTREAM + "internlm-README.md@67c5e9d");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("changes since <" + GRAPH_2023 + ">: 17").contains("stored: nothing (dry run)");
        assertThat(CommandLineRun.of("query", "--store", store, "ASK { GRAPH <" + GRAPH_2023 + "> { ?s ?p ?o } }").out().strip()).isEqualTo("true");
        assertThat(CommandLineRun.of("query", "--store", store,
                "ASK { GRAPH <https://w3id.org/internkg/id/source/harvest-github-internlm-internlm-blob-readme-md-67c5e9d> { ?s ?p ?o } }").out().strip())
                .isEqualTo("false");
    }

    @Test
    void shouldHarvestTwoVersionsIntoTheStoreAndArchiveTheOlder(@TempDir Path dir) {
        String store = dir.resolve("db").toString();

        CommandLineRun run = CommandLineRun.of("harvest", "--store", store,
                UPSTREAM + "internlm-README.md@e611817", UPSTREAM + "internlm-README.md@67c5e9d");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("changes since <" + GRAPH_2023 + ">: 17")
                .contains("+ added model <https://w3id.org/internkg/id/model/internlm2-chat-1-8b> released 2024-02-19")
                .contains("- removed model <https://w3id.org/internkg/id/model/internlm-chat-7b-8k>");
        assertThat(CommandLineRun.of("query", "--store", store, "ASK { GRAPH <" + GRAPH_2023 + "> { ?s ?p ?o } }").out().strip()).isEqualTo("false");
        assertThat(CommandLineRun.of("query", "--store", store,
                "ASK { GRAPH <https://w3id.org/internkg/id/source/harvest-github-internlm-internlm-blob-readme-md-67c5e9d> "
                        + "{ <https://w3id.org/internkg/id/model/internlm2-chat-1-8b> <https://schema.org/datePublished> ?d } }").out().strip())
                .isEqualTo("true");
        assertThat(Files.exists(dir.resolve("db/harvest-archive/harvest-github-internlm-internlm-blob-readme-md-e611817.nq"))).isTrue();
    }

    @Test
    void shouldRefuseToFetchAUrlUnlessAllowed() {
        CommandLineRun run = CommandLineRun.of("harvest", "--dry-run", "https://github.com/InternLM/InternLM/blob/main/README.md");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("fetching is off; add --allow-fetch");
    }

    @Test
    void shouldAskForTheStoreOrADryRun() {
        CommandLineRun run = CommandLineRun.of("harvest", UPSTREAM + "internlm-README.md@e611817");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--store DIR").doesNotContain("Exception");
    }

    @Test
    void shouldSayWhichKindToGiveWhenTheNameDoesNotTell(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "plain text");

        CommandLineRun run = CommandLineRun.of("harvest", "--dry-run", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("notes.txt: cannot tell what kind of source this is").contains("--kind");
    }
}
