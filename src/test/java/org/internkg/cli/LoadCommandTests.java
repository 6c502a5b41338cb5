package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load}: one transaction, all or nothing, and a clear word when a server holds the store. */
class LoadCommandTests {

    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String NEW_TOOL = "ASK { <https://w3id.org/internkg/id/tool/load-fixture-tool> a ?t }";

    @Test
    void shouldLoadASourceGraphIntoTheOnDiskStoreAndKeepTheBundledData(@TempDir Path dir) {
        String store = dir.resolve("db").toString();

        CommandLineRun load = CommandLineRun.of("load", "--store", store, FIXTURES + "new-source.trig");

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(CommandLineRun.of("query", "--store", store, NEW_TOOL).out().strip()).isEqualTo("true");
        assertThat(CommandLineRun.of("query", "--store", store,
                "ASK { <https://w3id.org/internkg/id/tool/xtuner> a ?t }").out().strip()).isEqualTo("true");
    }

    @Test
    void shouldLeaveTheStoreUntouchedWhenAnyFileFailsToParse(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        String before = count(store);

        CommandLineRun load = CommandLineRun.of("load", "--store", store, "--graph", "https://w3id.org/internkg/id/source/x",
                FIXTURES + "new-source.trig", FIXTURES + "bad-syntax.ttl");

        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(load.err()).containsPattern("bad-syntax\\.ttl:6:\\d+");
        assertThat(count(store)).isEqualTo(before);
        assertThat(CommandLineRun.of("query", "--store", store, NEW_TOOL).out().strip()).isEqualTo("false");
    }

    @Test
    void shouldLeaveTheStoreUntouchedWhenTheResultBreaksTheShapes(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        String before = count(store);

        CommandLineRun load = CommandLineRun.of("load", "--store", store, FIXTURES + "shapes-broken.trig");

        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(load.err()).contains("does not conform to the shapes").contains("Violation: <https://w3id.org/internkg/id/");
        assertThat(count(store)).isEqualTo(before);
    }

    @Test
    void shouldSayClearlyWhenAnotherProcessHoldsTheStore(@TempDir Path dir) throws IOException, InterruptedException {
        Path store = dir.resolve("db");
        try (KnowledgeBase held = KnowledgeBase.onDisk(store)) {
            Process other = new ProcessBuilder(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "org.internkg.InternKgApplication", "load", "--store", store.toString(), FIXTURES + "new-source.trig"))
                    .redirectErrorStream(true).start();
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(other.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("is locked by another process").doesNotContain("\tat ");
        }
    }

    private static String count(String store) {
        return CommandLineRun.of("query", "--store", store, "--format", "csv", COUNT).out();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
