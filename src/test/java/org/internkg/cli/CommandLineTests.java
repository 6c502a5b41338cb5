package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person uses it: exit codes and one-line messages that say what is wrong and where. */
class CommandLineTests {

    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String TOOLS_FOR_FINE_TUNING = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            SELECT ?tool WHERE { ?tool ikg:servesStage <https://w3id.org/internkg/id/stage/fine-tuning> }""";

    @Test
    void shouldPrintHelpForEveryCommand() {
        for (String command : new String[] {"serve", "validate", "query", "export", "load"}) {
            CommandLineRun run = CommandLineRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage:").contains(command);
        }
        assertThat(CommandLineRun.of("--help").out()).contains("validate").contains("query").contains("export").contains("load");
    }

    @Test
    void shouldHandOnlySettingsStraightToTheServerAndEverythingElseToTheCommandLine() {
        assertThat(InternKgCommand.servesWithSettingsOnly(new String[] {"serve"})).isTrue();
        assertThat(InternKgCommand.servesWithSettingsOnly(
                InternKgCommand.withDefaultCommand(new String[] {"--server.port=9090", "--internkg.store.location=a b"}))).isTrue();

        for (String[] line : new String[][] {{"serve", "--help"}, {"serve", "-h"}, {"serve", "-V"}, {"serve", "@args.txt"},
                {"serve", "--debug"}, {"serve", "--server.port=1", "extra"}, {"query", "--server.port=1"}}) {
            assertThat(InternKgCommand.servesWithSettingsOnly(line)).as(String.join(" ", line)).isFalse();
        }
    }

    @Test
    void shouldEndAServerThatCannotStartWithOneLineAndExitCodeOne() {
        CommandLineRun run = CommandLineRun.of("--server.port=0", "--server.address=127.0.0.1", "--internkg.store.mode=remote");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("internkg serve: ").doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void shouldNameFileLineAndColumnOfASyntaxError() {
        CommandLineRun run = CommandLineRun.of("validate", FIXTURES + "bad-syntax.ttl");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("bad-syntax\\.ttl:6:\\d+: ").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void shouldExitOneAndListViolationsWhenAFileBreaksTheShapes() {
        CommandLineRun run = CommandLineRun.of("validate", FIXTURES + "shapes-broken.trig");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Violation: <https://w3id.org/internkg/id/").contains("Warning: <");
    }

    @Test
    void shouldAcceptTheShippedDataFiles() throws IOException {
        String[] files;
        try (var list = Files.list(Path.of("ontology/data"))) {
            files = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"),
                    list.map(Path::toString).sorted()).toArray(String[]::new);
        }
        CommandLineRun run = CommandLineRun.of(files);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^0 violations, \\d+ warnings in \\d+ files$");
    }

    @Test
    void shouldAnswerAQueryAsSparqlJson() {
        CommandLineRun run = CommandLineRun.of("query", "--format", "json", TOOLS_FOR_FINE_TUNING);

        assertThat(run.exitCode()).as(run.err()).isZero();
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        java.util.List<String> tools = new java.util.ArrayList<>();
        results.forEachRemaining(row -> tools.add(row.getResource("tool").getURI()));
        assertThat(tools).contains("https://w3id.org/internkg/id/tool/xtuner");
    }

    @Test
    void shouldNameLineAndColumnOfAQuerySyntaxError() {
        CommandLineRun run = CommandLineRun.of("query", "SELECT ?x WHERE {\n  ?x ?y \n}");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 3, column 1").doesNotContain("\tat ");
    }

    @Test
    void shouldPointAtTheOffendingTokenNotTheLastGoodOne() {
        CommandLineRun run = CommandLineRun.of("query", "SELECT ?x WHERE {\n  ?x ?y ?z .\n  FILTER(?x = 1\n}");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 4, column 1");
    }

    @Test
    void shouldRefuseAFormatOutsideTheTable() {
        CommandLineRun run = CommandLineRun.of("query", "--format", "yaml", TOOLS_FOR_FINE_TUNING);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown format 'yaml'").contains("json xml csv tsv ttl");
    }

    @Test
    void shouldRefuseResultFormatsForAGraph() {
        CommandLineRun run = CommandLineRun.of("query", "--format", "csv", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("csv is for SELECT/ASK results");
    }

    @Test
    void shouldSayWhichGraphDoesNotExistOnExport(@TempDir Path dir) {
        Path out = dir.resolve("g.ttl");
        CommandLineRun run = CommandLineRun.of("export", "--graph", "https://w3id.org/internkg/id/source/nope", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no graph named <https://w3id.org/internkg/id/source/nope>");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldRequireAGraphForTriples(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.of("load", "--store", dir.resolve("db").toString(), FIXTURES + "bad-syntax.ttl");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--graph");
    }

    @Test
    void shouldExitTwoWithUsageForAnUnknownOption() {
        CommandLineRun run = CommandLineRun.of("query", "--frmat", "json", "ASK {}");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("'--frmat'").contains("Usage: internkg query");
    }
}
