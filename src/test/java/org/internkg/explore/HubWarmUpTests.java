package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.internkg.explore.ExploreParameters.Direction;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.internkg.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two tools that support over a thousand models each are hubs; one that supports ten is not. */
class HubWarmUpTests {

    private static final String ID = "https://w3id.org/internkg/id/";

    private KnowledgeBase kb;
    private SearchIndex index;

    @BeforeEach
    void store() {
        StringBuilder trig = new StringBuilder("""
                PREFIX ikg: <https://w3id.org/internkg/def/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                GRAPH <https://w3id.org/internkg/id/source/a> {
                """);
        tool(trig, "big", 1_500);
        tool(trig, "bigger", 1_800);
        tool(trig, "small", 10);
        trig.append("}\n");
        kb = TrigStores.inMemory(trig.toString());
        index = new SearchIndex(kb);
    }

    private static void tool(StringBuilder trig, String name, int models) {
        trig.append("<%stool/%s> a ikg:SoftwareTool ; rdfs:label \"%s\"@en .\n".formatted(ID, name, name));
        for (int i = 0; i < models; i++) {
            trig.append("<%stool/%s> ikg:supportsModel <%smodel/%s-%d> .\n".formatted(ID, name, ID, name, i));
            trig.append("<%smodel/%s-%d> a ikg:Model ; rdfs:label \"%s %d\"@en .\n".formatted(ID, name, i, name, i));
        }
    }

    @AfterEach
    void close() {
        index.close();
        kb.close();
    }

    @Test
    void shouldKeepTheHubsLinkListsBeforeAnyRequest() {
        NeighbourhoodQuery neighbourhood = new NeighbourhoodQuery(kb);
        assertThat(new HubWarmUp(index, neighbourhood, new ResourceFactsQuery(kb), new ExploreProperties(null, null)).warm()).isEqualTo(2);
        assertThat(neighbourhood.keptHubs()).isEqualTo(2);

        Node bigger = NodeFactory.createURI(ID + "tool/bigger");
        assertThat(neighbourhood.neighbours(bigger, Direction.BOTH, null, 25, 1_000))
                .as("the kept list answers as a fresh read does")
                .isEqualTo(new NeighbourhoodQuery(kb).neighbours(bigger, Direction.BOTH, null, 25, 1_000));
        assertThat(neighbourhood.keptHubs()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheHubsFirstStatementsUntilTheStoreChanges() {
        ResourceFactsQuery facts = new ResourceFactsQuery(kb);
        new HubWarmUp(index, new NeighbourhoodQuery(kb), facts, new ExploreProperties(null, null)).warm();
        assertThat(facts.keptLists()).as("the two hubs' outgoing statements; no hub has incoming ones").isEqualTo(2);

        Node bigger = NodeFactory.createURI(ID + "tool/bigger");
        ResourceFactsQuery.Resource kept = facts.describe(bigger);
        assertThat(kept).as("the kept list answers as a fresh read does").isEqualTo(new ResourceFactsQuery(kb).describe(bigger));
        assertThat(kept.truncated()).isTrue();
        assertThat(kept.facts()).as("its type, its label and the first 498 models it supports")
                .hasSize(ResourceFactsQuery.FACTS_PER_DIRECTION)
                .extracting(f -> f.value().iri()).doesNotContain(ID + "model/a-first");

        // a model whose IRI sorts before every other: the first page changes with the store
        kb.write(ds -> ds.asDatasetGraph().add(NodeFactory.createURI(ID + "source/a"), bigger,
                NodeFactory.createURI("https://w3id.org/internkg/def/supportsModel"), NodeFactory.createURI(ID + "model/a-first")));
        assertThat(facts.describe(bigger).facts()).extracting(f -> f.value().iri()).contains(ID + "model/a-first");
    }

    @Test
    void shouldFindTheBestConnectedInTheSearchIndex() {
        assertThat(index.bestConnected(1_000, 10)).extracting(c -> c.resource().getURI())
                .containsExactly(ID + "tool/bigger", ID + "tool/big");
        assertThat(index.bestConnected(1_000, 10)).extracting(SearchIndex.Connected::degree).containsExactly(1_800, 1_500);
    }
}
