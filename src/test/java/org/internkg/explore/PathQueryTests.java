package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.internkg.explore.PathQuery.Paths;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store too large to hold its link graph is searched around the two resources instead: same paths while the
 * links read stay within the request's budget, a bounded answer past it.
 */
class PathQueryTests {

    private static final String ID = "https://w3id.org/internkg/id/";
    private static final Node TOOL = NodeFactory.createURI(ID + "tool/hub");
    private static final Node BENCHMARK = NodeFactory.createURI(ID + "benchmark/b");

    private KnowledgeBase kb;

    @BeforeEach
    void store() {
        // a tool supporting 300 models, three of which are evaluated on the benchmark; one model also fine-tunes another
        StringBuilder trig = new StringBuilder("""
                PREFIX ikg: <https://w3id.org/internkg/def/>
                PREFIX id: <https://w3id.org/internkg/id/>
                GRAPH <https://w3id.org/internkg/id/source/a> {
                """);
        for (int i = 0; i < 300; i++) {
            trig.append("<%stool/hub> ikg:supportsModel <%smodel/m%03d> .\n".formatted(ID, ID, i));
        }
        for (int i : new int[] {7, 150, 299}) {
            trig.append("<%smodel/m%03d> ikg:evaluatedOn <%sbenchmark/b> .\n".formatted(ID, i, ID));
        }
        trig.append("<%smodel/m010> ikg:fineTunedFrom <%smodel/m007> .\n}\n".formatted(ID, ID));
        kb = TrigStores.inMemory(trig.toString());
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void shouldFindTheSamePathsReadingAroundTheResourcesAsFromTheKeptGraph() {
        Paths kept = new PathQuery(kb).paths(TOOL, BENCHMARK, 4, 20);
        Paths read = new PathQuery(kb, 0, 10_000).paths(TOOL, BENCHMARK, 4, 20);
        assertThat(kept.paths()).extracting(PathQuery.Path::sentence).hasSize(4).first().asString()
                .startsWith("hub — supports model → m007");
        assertThat(read).isEqualTo(kept);
    }

    @Test
    void shouldAnswerWithThePathsWithinTheLinksItMayRead() {
        // the tool's 300 links use up the whole budget: nothing around the benchmark is read
        assertThat(new PathQuery(kb, 0, 300).paths(TOOL, BENCHMARK, 4, 20).paths()).isEmpty();
        // three more read the benchmark's links: both ends' links give the two-hop paths, not m010's link to m007
        assertThat(new PathQuery(kb, 0, 303).paths(TOOL, BENCHMARK, 4, 20).paths()).extracting(PathQuery.Path::sentence)
                .containsExactly("hub — supports model → m007 — evaluated on → b", "hub — supports model → m150 — evaluated on → b",
                        "hub — supports model → m299 — evaluated on → b");
    }
}
