package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.OverviewQuery.Overview;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A store with more tools and families than the first view shows, as a generated 10M-triple store has. */
class OverviewQueryTests {

    private static final String ID = "https://w3id.org/internkg/id/";
    private static final String DEF = "https://w3id.org/internkg/def/";
    private static final int FAMILIES = 600;
    private static final int TOOLS = 40;

    private KnowledgeBase kb;

    @BeforeEach
    void store() {
        StringBuilder trig = new StringBuilder("""
                PREFIX ikg: <https://w3id.org/internkg/def/>
                PREFIX stage: <https://w3id.org/internkg/id/stage/>
                PREFIX tool: <https://w3id.org/internkg/id/tool/>
                PREFIX family: <https://w3id.org/internkg/id/family/>
                PREFIX model: <https://w3id.org/internkg/id/model/>
                GRAPH <https://w3id.org/internkg/id/source/a> {
                  stage:data a ikg:PipelineStage ; ikg:nextStage stage:training .
                  stage:training a ikg:PipelineStage .
                """);
        for (int t = 0; t < TOOLS; t++) {
            trig.append("tool:t%02d a ikg:SoftwareTool ; ikg:servesStage stage:training .\n".formatted(t));
        }
        for (int f = 0; f < FAMILIES; f++) {
            trig.append("family:f%03d a ikg:ModelFamily .\n".formatted(f));
            // every tool supports a model of every family: a tool's own statements far outnumber what points to it
            trig.append("model:m%03d a ikg:Model ; ikg:family family:f%03d .\n".formatted(f, f));
            for (int t = 0; t < TOOLS; t++) {
                trig.append("tool:t%02d ikg:supportsModel model:m%03d .\n".formatted(t, f));
            }
        }
        trig.append("tool:t00 ikg:supportsModel family:f000 .\n}\n");
        // a second source stating a family's type again: still one family
        trig.append("GRAPH <https://w3id.org/internkg/id/source/b> { family:f001 a ikg:ModelFamily . }\n");
        kb = TrigStores.inMemory(trig.toString());
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void shouldShowTheStagesAndToolsFirstAndOnlyLinksAmongTheShownNodes() {
        Overview overview = new OverviewQuery(kb).overview();
        List<String> ids = overview.nodes().stream().map(n -> n.data().id()).toList();
        assertThat(ids).hasSize(OverviewQuery.MAX_NODES).isSorted()
                .contains(ID + "stage/data", ID + "stage/training", ID + "tool/t00", ID + "tool/t39", ID + "family/f000")
                .filteredOn(id -> id.contains("/family/")).hasSize(OverviewQuery.MAX_NODES - 2 - TOOLS);

        Set<String> shown = Set.copyOf(ids);
        assertThat(overview.edges()).as("every link between two drawn nodes")
                .allSatisfy(e -> assertThat(shown).contains(e.data().source(), e.data().target()));
        List<String> links = overview.edges().stream().map(e -> e.data().id()).toList();
        assertThat(links).hasSize(OverviewQuery.MAX_LINKS).isSorted()
                .contains(ID + "stage/data " + DEF + "nextStage " + ID + "stage/training");
        assertThat(overview.edges()).filteredOn(e -> e.data().id().equals(ID + "tool/t00 " + DEF + "supportsModel " + ID + "family/f000"))
                .as("the direct link, not the derived one").extracting(EdgeElement::classes).containsExactly("");
        assertThat(overview.edges()).filteredOn(e -> e.data().id().equals(ID + "tool/t01 " + DEF + "supportsModel " + ID + "family/f000"))
                .as("a tool supporting a model of the family").extracting(EdgeElement::classes).containsExactly("is-derived");
        assertThat(overview.classes()).filteredOn(c -> c.name().equals("ModelFamily"))
                .extracting(OverviewQuery.ClassCount::count).containsExactly(FAMILIES);
    }

    @Test
    void shouldKeepTheViewUntilTheStoreChanges() {
        OverviewQuery query = new OverviewQuery(kb);
        Overview first = query.overview();
        assertThat(query.overview()).isSameAs(first);
        kb.write(ds -> ds.asDatasetGraph().add(NodeFactory.createURI(ID + "source/a"), NodeFactory.createURI(ID + "tool/t00"),
                NodeFactory.createURI(DEF + "integratesWith"), NodeFactory.createURI(ID + "tool/t01")));
        Set<String> links = query.overview().edges().stream().map(e -> e.data().id()).collect(Collectors.toSet());
        assertThat(links).contains(ID + "tool/t00 " + DEF + "integratesWith " + ID + "tool/t01");
    }
}
