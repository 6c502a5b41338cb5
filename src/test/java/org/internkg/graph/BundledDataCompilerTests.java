package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The pre-parsed bundled data that starts read holds exactly the quads of the TriG and Turtle files. */
class BundledDataCompilerTests {

    private final BundledData bundled = new BundledData();

    @Test
    void shouldShipACompiledFormThatIsIsomorphicToTheSourceFiles() {
        ClassPathResource shipped = new ClassPathResource(BundledData.COMPILED);
        assertThat(shipped.exists()).as("the build writes " + BundledData.COMPILED).isTrue();

        DatasetGraph sources = bundled.readSources();
        DatasetGraph compiled = BundledData.readCompiled(shipped);

        assertThat(sources.stream().count()).isGreaterThan(1000);
        assertSameQuads(sources, compiled);
    }

    @Test
    void shouldReadTheCompiledFormWhenItIsThere() {
        assertSameQuads(bundled.readSources(), bundled.read());
        assertThat(bundled.read().containsGraph(Ikg.ONTOLOGY_GRAPH)).as("the TBox keeps its own named graph").isTrue();
    }

    @Test
    void shouldWriteTheCompiledFormIntoTheGivenClassesDirectory(@TempDir Path classes) throws Exception {
        BundledDataCompiler.main(new String[] {classes.toString()});

        DatasetGraph written = BundledData.readCompiled(new FileSystemResource(classes.resolve(BundledData.COMPILED)));
        assertSameQuads(bundled.readSources(), written);
    }

    /**
     * Same graph names, and each graph isomorphic to its counterpart (blank nodes get new labels at every parse).
     * Graph by graph: Jena's dataset-wide matcher takes far too long on the reified statements' blank nodes.
     */
    private static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        assertThat(Iter.toSet(actual.listGraphNodes())).isEqualTo(Iter.toSet(expected.listGraphNodes()));
        assertThat(actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph())).as("default graph").isTrue();
        expected.listGraphNodes().forEachRemaining(name -> {
            assertThat(actual.getGraph(name).size()).as("size of " + name).isEqualTo(expected.getGraph(name).size());
            assertThat(actual.getGraph(name).isIsomorphicWith(expected.getGraph(name))).as("graph " + name).isTrue();
        });
    }
}
