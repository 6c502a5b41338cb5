package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} then {@code load --bulk}: a new store only, built aside and moved into place when complete. */
class BulkLoadTests {

    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String GENERATED_MODEL = "ASK { <https://w3id.org/internkg/id/model/gen-f1-m1> a <https://w3id.org/internkg/def/Model> }";
    private static final String BUNDLED_TOOL = "ASK { <https://w3id.org/internkg/id/tool/xtuner> a ?t }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void shouldBulkLoadGeneratedDataWithTheBundledDataAndReportTheRate(@TempDir Path dir) {
        Path data = dir.resolve("kg.nq.gz");
        CommandLineRun generate = CommandLineRun.of("generate", "--triples", "3000", "--seed", "9", "-o", data.toString());
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        String store = dir.resolve("db").toString();

        CommandLineRun load = CommandLineRun.of("load", "--bulk", "--store", store, data.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.err()).containsPattern("bulk-loaded [\\d,]+ quads into .* triples/s");
        assertThat(query(store, GENERATED_MODEL)).isEqualTo("true");
        assertThat(query(store, BUNDLED_TOOL)).isEqualTo("true");
    }

    @Test
    void shouldRefuseToBulkLoadIntoAStoreThatHoldsDataAndLeaveItAsItWas(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        assertThat(CommandLineRun.of("load", "--store", store, FIXTURES + "new-source.trig").exitCode()).isZero();
        String before = CommandLineRun.of("query", "--store", store, "--format", "csv", COUNT).out();

        CommandLineRun load = CommandLineRun.of("load", "--bulk", "--store", store, "--graph",
                "https://w3id.org/internkg/id/source/x", FIXTURES + "bad-syntax.ttl");

        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(load.err()).contains("is not empty").contains("without --bulk").doesNotContain("\tat ");
        assertThat(CommandLineRun.of("query", "--store", store, "--format", "csv", COUNT).out()).isEqualTo(before);
    }

    @Test
    void shouldLeaveNoStoreAndNoHalfBuiltDirectoryWhenAFileFailsHalfway(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("db");

        CommandLineRun load = CommandLineRun.of("load", "--bulk", "--store", store.toString(), "--graph",
                "https://w3id.org/internkg/id/source/x", FIXTURES + "new-source.trig", FIXTURES + "bad-syntax.ttl");

        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(load.err()).containsPattern("bad-syntax\\.ttl:6:\\d+");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing left next to the store").isEmpty();
        }
    }

    @Test
    void shouldRemoveTheHalfBuiltStoreOfAKilledBulkLoad(@TempDir Path dir) throws IOException {
        Path abandoned = Files.createDirectories(dir.resolve("db.loading-" + Long.MAX_VALUE).resolve("Data-0001"));
        Files.writeString(abandoned.resolve("nodes.dat"), "half");
        Path data = dir.resolve("kg.nq");
        CommandLineRun.of("generate", "--triples", "500", "-o", data.toString());

        CommandLineRun load = CommandLineRun.of("load", "--bulk", "--store", dir.resolve("db").toString(), data.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(dir.resolve("db.loading-" + Long.MAX_VALUE)).doesNotExist();
        assertThat(query(dir.resolve("db").toString(), GENERATED_MODEL)).isEqualTo("true");
    }

    private static String query(String store, String ask) {
        return CommandLineRun.of("query", "--store", store, ask).out().strip();
    }
}
