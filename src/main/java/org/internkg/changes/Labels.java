package org.internkg.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.graph.RdfFiles;

/**
 * Labels of the IRIs a change set mentions: from the later side, then the earlier one (a removed model keeps its
 * name), then the bundled vocabulary (a file without the TBox still gets "date published"). English first.
 */
final class Labels {

    private static volatile Graph vocabulary;

    private final List<DatasetGraph> sides;

    Labels(DatasetGraph... sides) {
        this.sides = List.of(sides);
    }

    Map<String, String> of(List<FactChange> changes) {
        Map<String, String> labels = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (FactChange c : changes) {
            nodes.add(c.source());
            nodes.add(c.subject());
            nodes.add(c.predicate());
            collect(c.before(), nodes);
            collect(c.after(), nodes);
        }
        for (Node node : nodes) {
            if (node != null && node.isURI() && !labels.containsKey(node.getURI())) {
                String label = label(node);
                if (label != null) {
                    labels.put(node.getURI(), label);
                }
            }
        }
        return labels;
    }

    private static void collect(Term term, List<Node> into) {
        if (term == null) {
            return;
        }
        if (!term.isBlank()) {
            into.add(term.node());
            return;
        }
        term.parts().forEach(p -> {
            into.add(p.predicate());
            collect(p.value(), into);
        });
    }

    private String label(Node iri) {
        for (DatasetGraph side : sides) {
            String found = best(side.getUnionGraph(), iri);
            if (found != null) {
                return found;
            }
        }
        return best(vocabulary(), iri);
    }

    private static String best(Graph graph, Node iri) {
        String any = null;
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            for (var t : graph.find(iri, property, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                if ("en".equalsIgnoreCase(o.getLiteralLanguage())) {
                    return o.getLiteralLexicalForm();
                }
                if (any == null) {
                    any = o.getLiteralLexicalForm();
                }
            }
        }
        return any;
    }

    private static Graph vocabulary() {
        if (vocabulary == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            try (var in = Labels.class.getResourceAsStream("/ontology/internkg.ttl")) {
                if (in != null) {
                    RdfFiles.parse(in, org.apache.jena.riot.Lang.TURTLE, "ontology/internkg.ttl", dsg);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            vocabulary = dsg.getDefaultGraph();
        }
        return vocabulary;
    }
}
