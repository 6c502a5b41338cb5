package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.Ikg;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.internkg.system.WarmUp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first view: pipeline stages, tools and model families with the links among them (a few dozen nodes in
 * the curated data, at most {@value #MAX_NODES} on a large store), and the number of instances of every class
 * for the legend. It is the same for every visitor, so it is kept until the store changes.
 */
@Component
class OverviewQuery {

    static final int MAX_NODES = 500;
    static final int MAX_LINKS = 2000;
    private static final Node FAMILY = Ikg.term("family");
    private static final Node SUPPORTS_MODEL = Ikg.term("supportsModel");

    private final BoundedSelect nodes = BoundedSelect.load("overview-nodes.rq", MAX_NODES);
    private final BoundedSelect classCounts = BoundedSelect.load("class-counts.rq", 100);
    private final KeptPerRevision<Overview> kept;

    OverviewQuery(KnowledgeBase kb) {
        this.kept = new KeptPerRevision<>(kb, this::read);
    }

    record ClassCount(String iri, String name, String typeClass, LangLabels label, int count) {
    }

    record Overview(List<NodeElement> nodes, List<EdgeElement> edges, List<ClassCount> classes, long revision) {
    }

    /** Read once the server is ready, so that the first visitor of a large store does not wait seconds for it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void warm() {
        WarmUp.inBackground("overview-warm-up", this::overview);
    }

    Overview overview() {
        return kept.get();
    }

    private Overview read(Dataset ds, long revision) {
        GraphLookup lookup = new GraphLookup(ds);
        List<Node> shown = nodes.select(ds, Map.of()).stream().map(r -> r.get("s").asNode())
                .sorted(Comparator.comparing(Node::getURI)).toList();
        List<NodeElement> nodeElements = shown.stream().map(lookup::element).toList();
        List<ClassCount> classes = new ArrayList<>();
        for (QuerySolution row : classCounts.select(ds, Map.of())) {
            Node c = row.get("class").asNode();
            classes.add(new ClassCount(c.getURI(), GraphLookup.localName(c), "type-" + GraphLookup.typeClass(c),
                    lookup.labels(c), row.getLiteral("count").getInt()));
        }
        classes.sort(Comparator.comparingInt(c -> {
            int rank = GraphLookup.CLASSES.indexOf(c.name());
            return rank < 0 ? GraphLookup.CLASSES.size() : rank;
        }));
        return new Overview(nodeElements, links(lookup, Set.copyOf(shown)), classes, revision);
    }

    /**
     * The links among the shown nodes, by subject, predicate and object, at most {@value #MAX_LINKS}: direct
     * statements, plus "tool supports a model of family F" so that families are not islands (marked
     * {@code is-derived}, and dropped when a direct link says the same). Read from each shown node's incoming
     * side: what points to a stage, a tool or a family stays small, while a tool's own statements run to hundreds
     * of thousands on a large store (every model it supports).
     */
    private List<EdgeElement> links(GraphLookup lookup, Set<Node> shown) {
        Graph union = lookup.union();
        Map<String, EdgeElement> links = new TreeMap<>();
        for (Node o : shown) {
            union.find(Node.ANY, Node.ANY, o).forEachRemaining(t -> {
                if (!t.getPredicate().equals(RDF.type.asNode()) && shown.contains(t.getSubject()) && !t.getSubject().equals(o)) {
                    add(links, t.getSubject(), t.getPredicate(), o, lookup.displayLabel(t.getPredicate()), "");
                }
            });
            union.find(Node.ANY, FAMILY, o).mapWith(Triple::getSubject).forEachRemaining(model ->
                    union.find(Node.ANY, SUPPORTS_MODEL, model).mapWith(Triple::getSubject).forEachRemaining(tool -> {
                        if (shown.contains(tool)) {
                            add(links, tool, SUPPORTS_MODEL, o, "supports models of", "is-derived");
                        }
                    }));
        }
        return links.values().stream().limit(MAX_LINKS).toList();
    }

    private static void add(Map<String, EdgeElement> links, Node s, Node p, Node o, String label, String classes) {
        // keyed by subject, predicate and object, the order the view's links come in; the direct link wins
        String key = s.getURI() + '\u0000' + p.getURI() + '\u0000' + o.getURI();
        EdgeElement element = new EdgeElement(EdgeData.of(s.getURI(), p.getURI(), o.getURI(), label), classes);
        links.merge(key, element, (a, b) -> a.classes().isEmpty() ? a : b);
    }
}
