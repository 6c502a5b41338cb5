package org.internkg.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.internkg.graph.Ikg;

/**
 * The facts of one version, with blank nodes replaced by their content ({@link Term}) and each graph by its
 * {@link SourceInfo#key() source key}. The vocabulary graph is left out: it has a version of its own (the ontology
 * version), and a data release is compared on its data.
 */
public final class FactSet {

    /** Stands in for a blank node met again while describing itself (a cycle), so that the description ends. */
    private static final Node CYCLE = NodeFactory.createLiteralString("(cycle)");

    private final Set<Fact> facts;
    private final Map<Node, SourceInfo> sources;

    private FactSet(Set<Fact> facts, Map<Node, SourceInfo> sources) {
        this.facts = facts;
        this.sources = sources;
    }

    /** Reads every graph of {@code dsg} except the vocabulary; the caller holds any transaction it needs. */
    public static FactSet of(DatasetGraph dsg) {
        Set<Fact> facts = new HashSet<>();
        Map<Node, SourceInfo> sources = new LinkedHashMap<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        if (!dsg.getDefaultGraph().isEmpty() && !dsg.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph)) {
            graphs.add(Quad.defaultGraphIRI);
        }
        for (Node name : graphs) {
            if (name.equals(Ikg.ONTOLOGY_GRAPH)) {
                continue;
            }
            SourceInfo info = SourceInfo.of(dsg, name);
            Node key = info.key();
            sources.put(key, info);
            Graph graph = Quad.isDefaultGraph(name) ? dsg.getDefaultGraph() : dsg.getGraph(name);
            new GraphReader(graph, name, key, facts).read();
        }
        return new FactSet(facts, sources);
    }

    public Set<Fact> facts() {
        return facts;
    }

    /** The graph behind each source key. */
    public Map<Node, SourceInfo> sources() {
        return sources;
    }

    /** Only the facts of the given sources (when one side of a comparison is a single source version). */
    public FactSet restrictedTo(Set<Node> keys) {
        Set<Fact> kept = new HashSet<>();
        facts.stream().filter(f -> keys.contains(f.source())).forEach(kept::add);
        Map<Node, SourceInfo> keptSources = new LinkedHashMap<>();
        sources.forEach((k, v) -> {
            if (keys.contains(k)) {
                keptSources.put(k, v);
            }
        });
        return new FactSet(kept, keptSources);
    }

    /** Reads the facts of one graph. */
    private record GraphReader(Graph graph, Node name, Node key, Set<Fact> out) {

        void read() {
            Map<Node, Term> described = new HashMap<>();
            graph.find().forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isBlank()) {
                    if (!graph.contains(Node.ANY, Node.ANY, s)) {
                        Term value = described.computeIfAbsent(s, b -> describe(b, new HashSet<>()));
                        Term about = value.part(RDF.subject.asNode());
                        out.add(new Fact(key, about == null || about.isBlank() ? null : rename(about.node()), null, value));
                    }
                    return;
                }
                out.add(new Fact(key, rename(s), t.getPredicate(), term(t.getObject(), new HashSet<>())));
            });
        }

        private Term term(Node node, Set<Node> path) {
            return node.isBlank() ? describe(node, path) : Term.of(rename(node));
        }

        private Term describe(Node blank, Set<Node> path) {
            if (!path.add(blank)) {
                return Term.of(CYCLE);
            }
            List<Term.Part> parts = new ArrayList<>();
            for (Triple t : graph.find(blank, Node.ANY, Node.ANY).toList()) {
                parts.add(new Term.Part(t.getPredicate(), term(t.getObject(), path)));
            }
            path.remove(blank);
            return Term.blank(parts);
        }

        /** The graph's own name (its self-description) becomes the source key, so versions of it line up. */
        private Node rename(Node node) {
            return node.equals(name) ? key : node;
        }
    }
}
