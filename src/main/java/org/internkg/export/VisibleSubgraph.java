package org.internkg.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The triples among a set of resources (what the explorer shows): every statement whose subject and object are
 * both in the set, plus the labels and types of each. Read from the union of all source graphs, copied out of the
 * transaction so that writing never holds the store.
 */
@Component
class VisibleSubgraph {

    /** More nodes than a drawing can show legibly; a larger request is refused rather than cut. */
    static final int MAX_NODES = 5000;

    private final KnowledgeBase kb;

    VisibleSubgraph(KnowledgeBase kb) {
        this.kb = kb;
    }

    Graph among(List<String> iris) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (String iri : iris) {
            nodes.add(NodeFactory.createURI(iri));
        }
        return kb.read(ds -> {
            Graph union = ds.asDatasetGraph().getUnionGraph();
            Graph out = GraphFactory.createDefaultGraph();
            for (Node s : nodes) {
                union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (nodes.contains(t.getObject()) || keptAbout(t)) {
                        out.add(t);
                    }
                });
            }
            return out;
        });
    }

    private static boolean keptAbout(Triple t) {
        Node p = t.getPredicate();
        return p.equals(RDFS.label.asNode()) || p.equals(RDF.type.asNode());
    }
}
