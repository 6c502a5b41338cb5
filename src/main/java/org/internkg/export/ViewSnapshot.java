package org.internkg.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.format.Format;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The content of a snapshot of the explorer view: the drawn nodes and links with what the store knows about each
 * node (label, type, IRI, its statements with labelled predicates and values), and the Turtle of exactly what is
 * shown, written by Jena through {@link VisibleSubgraph}, the same as {@code POST /api/subgraph} answers.
 */
@Component
class ViewSnapshot {

    /** Statements listed per node in the snapshot; the Turtle has all of those among the shown nodes. */
    static final int MAX_FACTS = 40;

    private final KnowledgeBase kb;
    private final VisibleSubgraph subgraph;

    ViewSnapshot(KnowledgeBase kb, VisibleSubgraph subgraph) {
        this.kb = kb;
        this.subgraph = subgraph;
    }

    /** One statement about a node, ready to show: predicate label, value text, and the value's IRI if it has one. */
    record Fact(String predicate, String value, String iri) {
    }

    /** A node of the snapshot: drawn (position, look) and known (label, type, facts). */
    record Element(String id, double x, double y, String label, String labelZh, String drawnLabel, String type,
                   String color, String shape, Double size, List<Fact> facts) {
    }

    /** A link of the snapshot between two of its nodes. */
    record Link(String id, String source, String target, String label, boolean derived) {
    }

    /** Everything the page needs; {@code turtle} is the Jena-written Turtle of the shown subgraph. */
    record Content(List<Element> nodes, List<Link> edges, String turtle, String language, long revision) {
    }

    Content of(SnapshotRequest request) {
        String lang = request.lang();
        Map<String, SnapshotRequest.DrawnNode> drawn = new LinkedHashMap<>();
        request.nodes().forEach(n -> drawn.putIfAbsent(n.id(), n));
        List<Link> links = new ArrayList<>();
        Set<String> linkIds = new LinkedHashSet<>();
        for (SnapshotRequest.DrawnEdge e : request.edges() == null ? List.<SnapshotRequest.DrawnEdge>of() : request.edges()) {
            String id = e.source() + " " + e.label() + " " + e.target();
            if (drawn.containsKey(e.source()) && drawn.containsKey(e.target()) && linkIds.add(id)) {
                links.add(new Link(id, e.source(), e.target(), e.label() == null ? "" : e.label(), Boolean.TRUE.equals(e.derived())));
            }
        }
        Graph shown = subgraph.among(List.copyOf(drawn.keySet()));
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RdfOutput.write(turtle, shown, Format.TTL);
        return kb.read(ds -> {
            Graph union = ds.asDatasetGraph().getUnionGraph();
            Labels labels = new Labels(union, lang);
            List<Element> nodes = new ArrayList<>();
            for (SnapshotRequest.DrawnNode n : drawn.values()) {
                Node node = NodeFactory.createURI(n.id());
                nodes.add(new Element(n.id(), n.x(), n.y(), labels.of(node, "en"), labels.of(node, "zh"),
                        n.label() == null ? labels.label(node) : n.label(), type(union, labels, node),
                        n.color(), n.shape(), n.size(), facts(union, labels, node)));
            }
            return new Content(nodes, links, turtle.toString(StandardCharsets.UTF_8), lang, kb.revision());
        });
    }

    private static String type(Graph union, Labels labels, Node node) {
        List<Node> types = union.find(node, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
        return types.stream().filter(t -> t.getURI().startsWith(Ikg.DEF)).findFirst()
                .or(() -> types.stream().findFirst()).map(labels::label).orElse(null);
    }

    // The node's own statements (not its label and type, shown apart), sorted by predicate label, then value.
    private static List<Fact> facts(Graph union, Labels labels, Node node) {
        Set<Triple> seen = new LinkedHashSet<>();
        union.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!t.getObject().isBlank() && !p.equals(RDFS.label.asNode()) && !p.equals(RDF.type.asNode())) {
                seen.add(t);
            }
        });
        return seen.stream()
                .map(t -> t.getObject().isURI()
                        ? new Fact(labels.label(t.getPredicate()), labels.label(t.getObject()), t.getObject().getURI())
                        : new Fact(labels.label(t.getPredicate()), literal(t.getObject()), null))
                .sorted(Comparator.comparing(Fact::predicate).thenComparing(Fact::value))
                .limit(MAX_FACTS).toList();
    }

    private static String literal(Node literal) {
        String lang = literal.getLiteralLanguage();
        return literal.getLiteralLexicalForm() + (lang.isEmpty() ? "" : " @" + lang);
    }

    /** rdfs:label in the wanted language, then English, then any, then the IRI's local name. */
    private static final class Labels {
        private final Graph union;
        private final String lang;
        private final Map<Node, String> cache = new HashMap<>();

        Labels(Graph union, String lang) {
            this.union = union;
            this.lang = lang;
        }

        String label(Node node) {
            return cache.computeIfAbsent(node, n -> {
                String wanted = of(n, lang);
                String english = wanted == null ? of(n, "en") : wanted;
                String any = english == null ? of(n, "") : english;
                return any != null ? any : localName(n.getURI());
            });
        }

        /** The label in one language ("" for any), or null. */
        String of(Node node, String language) {
            return union.find(node, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .toList().stream()
                    .filter(o -> language.isEmpty() || o.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith(language))
                    .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
        }

        private static String localName(String iri) {
            int cut = Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':')));
            return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        }
    }
}
