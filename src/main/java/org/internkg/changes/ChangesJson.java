package org.internkg.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.internkg.changes.ChangeSet.VersionSummary;

/**
 * A change set as JSON, the same for {@code diff --format json} and {@code /api/changes}: both sides, the counts, one
 * entry per change (subject, predicate and values with labels and a Turtle-like {@code text}, the source with its
 * document URL), and Cytoscape elements of the changed resources (added, removed or changed nodes and links).
 *
 * @param from      the earlier side
 * @param to        the later side
 * @param summary   counts
 * @param changes   in the order of the text output: by subject, predicate, kind
 * @param elements  nodes and edges for the graph view, at most {@value #MAX_NODES} nodes
 * @param truncated true when the graph leaves resources out (the list never does)
 */
public record ChangesJson(VersionSummary from, VersionSummary to, Summary summary, List<Change> changes, List<Element> elements,
                          boolean truncated) {

    static final int MAX_NODES = 400;

    /** How many facts were added, removed and changed, and how many resources they are about. */
    public record Summary(long added, long removed, long changed, long resources) {
    }

    /** One change; {@code before} absent for an addition, {@code after} for a removal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String change, Value subject, Value predicate, Value before, Value after, Source source, Source sourceBefore) {
    }

    /** An IRI ({@code iri}, {@code label}, prefixed {@code name}), a literal ({@code literal}, {@code datatype}, {@code language}) or a blank node by its content ({@code blank}); {@code text} is how the text output writes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String iri, String label, String name, String literal, String datatype, String language, List<Part> blank, String text) {
    }

    /** One statement of a blank node. */
    public record Part(Value predicate, Value value) {
    }

    /** The source graph of a change, as it describes itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String graph, String label, String document, String commit, String retrievedOn) {

        static Source of(SourceInfo info) {
            return info == null ? null : new Source(info.graph(), info.label(), info.document(), info.commit(), info.retrievedOn());
        }
    }

    /** A Cytoscape element: {@code group} nodes or edges, its data, and its class ({@code is-added}, {@code is-removed}, {@code is-changed}, {@code is-context}). */
    public record Element(String group, Map<String, Object> data, String classes) {
    }

    public static ChangesJson of(ChangeSet set) {
        List<Change> changes = set.changes().stream().map(c -> new Change(c.kind().code(),
                c.subject() == null ? null : value(set, Term.of(c.subject())),
                c.predicate() == null ? null : value(set, Term.of(c.predicate())),
                c.before() == null ? null : value(set, c.before()), c.after() == null ? null : value(set, c.after()),
                Source.of(set.sourceOf(c)), Source.of(set.earlierSourceOf(c)))).toList();
        long resources = set.bySubject().size();
        Summary summary = new Summary(set.count(FactChange.Kind.ADDED), set.count(FactChange.Kind.REMOVED), set.count(FactChange.Kind.CHANGED), resources);
        GraphElements elements = new GraphElements(set);
        return new ChangesJson(set.from(), set.to(), summary, changes, elements.elements(), elements.truncated());
    }

    static Value value(ChangeSet set, Term term) {
        if (term.isBlank()) {
            List<Part> parts = term.parts().stream().map(p -> new Part(value(set, Term.of(p.predicate())), value(set, p.value()))).toList();
            return new Value(null, null, null, null, null, null, parts, ChangesText.term(set, term));
        }
        Node node = term.node();
        if (node.isURI()) {
            return new Value(node.getURI(), set.label(node), ChangesText.name(node), null, null, null, null, ChangesText.term(set, term));
        }
        String language = node.getLiteralLanguage();
        return new Value(null, null, null, node.getLiteralLexicalForm(), node.getLiteralDatatypeURI(),
                language == null || language.isEmpty() ? null : language, null, ChangesText.term(set, term));
    }

    /** The changed resources as a graph: a node per subject (and per resource a changed link points at), an edge per changed link. */
    private static final class GraphElements {

        private final Map<String, Element> nodes = new LinkedHashMap<>();
        private final List<Element> edges = new ArrayList<>();
        private final ChangeSet set;
        private boolean truncated;

        GraphElements(ChangeSet set) {
            this.set = set;
            Map<Node, String> status = new LinkedHashMap<>();
            for (FactChange c : set.changes()) {
                if (c.subject() == null || !c.subject().isURI()) {
                    continue;
                }
                String s = status.getOrDefault(c.subject(), "changed");
                if (RDF.type.asNode().equals(c.predicate()) && c.kind() != FactChange.Kind.CHANGED) {
                    s = c.kind() == FactChange.Kind.ADDED ? "added" : "removed";
                }
                status.put(c.subject(), s);
            }
            status.forEach(this::node);
            for (FactChange c : set.changes()) {
                if (c.subject() == null || !c.subject().isURI() || c.predicate() == null || RDF.type.asNode().equals(c.predicate())) {
                    continue;
                }
                if (c.before() != null && isIri(c.before())) {
                    edge(c, c.before().node(), "removed");
                }
                if (c.after() != null && isIri(c.after())) {
                    edge(c, c.after().node(), "added");
                }
            }
        }

        private static boolean isIri(Term term) {
            return !term.isBlank() && term.node().isURI();
        }

        private boolean node(Node iri, String status) {
            if (nodes.containsKey(iri.getURI())) {
                return true;
            }
            if (nodes.size() >= MAX_NODES) {
                truncated = true;
                return false;
            }
            String label = set.label(iri) != null ? set.label(iri) : ChangesText.name(iri);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", iri.getURI());
            data.put("label", label);
            data.put("status", status);
            data.put("display", sign(status) + " " + label);
            nodes.put(iri.getURI(), new Element("nodes", data, "is-" + status));
            return true;
        }

        private void edge(FactChange c, Node target, String status) {
            if (!nodes.containsKey(c.subject().getURI()) || !node(target, "context")) {
                return;
            }
            String label = set.label(c.predicate()) != null ? set.label(c.predicate()) : ChangesText.name(c.predicate());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", status + " " + c.subject().getURI() + " " + c.predicate().getURI() + " " + target.getURI());
            data.put("source", c.subject().getURI());
            data.put("target", target.getURI());
            data.put("label", sign(status) + " " + label);
            data.put("status", status);
            edges.add(new Element("edges", data, "is-" + status));
        }

        private static String sign(String status) {
            return switch (status) {
                case "added" -> "+";
                case "removed" -> "−";
                case "changed" -> "~";
                default -> "";
            };
        }

        List<Element> elements() {
            List<Element> all = new ArrayList<>(nodes.values());
            all.addAll(edges);
            return all;
        }

        boolean truncated() {
            return truncated;
        }
    }
}
