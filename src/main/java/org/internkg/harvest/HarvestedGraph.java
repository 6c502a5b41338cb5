package org.internkg.harvest;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A harvested source version as RDF: the named graph (which describes itself), what was read, the disagreements
 * with curated values and the entities minted because nothing matched.
 */
public record HarvestedGraph(Node name, Graph graph, HarvestResult result, List<Disagreement> disagreements,
        Map<Node, String> minted) {
}
