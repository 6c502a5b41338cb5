package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.graph.BundledData;
import org.internkg.graph.RdfFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code export} writes, re-read, is the same data: graphs per source survive the dataset syntaxes. */
class ExportRoundTripTests {

    @TempDir
    static Path storeDir;
    private static String store;
    private static DatasetGraph bundled;

    @BeforeAll
    static void createStore() {
        bundled = new BundledData().read();
        store = storeDir.resolve("db").toString();
        // The first use of an on-disk store fills it from the bundled data, as the server does.
        assertThat(CommandLineRun.of("query", "--store", store, "ASK {}").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void shouldRoundTripTheWholeDatasetWithItsGraphs(String format, @TempDir Path dir) {
        Path file = dir.resolve("all." + format);

        CommandLineRun run = CommandLineRun.of("export", "--store", store, "--format", format, "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        DatasetGraph reread = RdfFiles.readDataset(file);
        assertThat(graphNames(reread)).containsExactlyInAnyOrderElementsOf(graphNames(bundled));
        // Graph by graph: a whole-dataset isomorphism search explodes on the reified statements' blank nodes.
        for (Node graph : graphNames(bundled)) {
            assertThat(reread.getGraph(graph).isIsomorphicWith(bundled.getGraph(graph))).as("graph %s", graph).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "rdf"})
    void shouldRoundTripTheUnionGraphInTripleSyntaxes(String suffix, @TempDir Path dir) {
        Path file = dir.resolve("union." + suffix);

        CommandLineRun run = CommandLineRun.of("export", "--store", store, "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(RdfFiles.readDataset(file).getDefaultGraph().isIsomorphicWith(bundled.getUnionGraph())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "trig"})
    void shouldRoundTripEverySourceGraph(String suffix, @TempDir Path dir) {
        List<Node> graphs = graphNames(bundled);
        assertThat(graphs).hasSizeGreaterThan(25);
        for (Node graph : graphs) {
            Path file = dir.resolve("g." + suffix);

            CommandLineRun run = CommandLineRun.of("export", "--store", store, "--graph", graph.getURI(), "--out", file.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(RdfFiles.readDataset(file).getDefaultGraph().isIsomorphicWith(bundled.getGraph(graph)))
                    .as("graph %s as %s", graph, suffix).isTrue();
        }
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
