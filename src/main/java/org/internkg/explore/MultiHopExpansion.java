package org.internkg.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * "Expand n hops along these predicates, keep only these types": a breadth-first walk from one resource over
 * the same bounded neighbour queries as {@link NeighbourhoodQuery}, in both directions. The type filter holds at
 * every hop, so whatever is added stays connected to the start. Nodes are ordered by hop, then as the queries
 * order them, so pages are stable; a page carries the edges between its nodes and everything before it.
 */
@Component
class MultiHopExpansion {

    static final int MAX_HOPS = 3;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** The walk stops here: a bigger reach is not something to draw, and the preview says it was cut. */
    static final int MAX_NODES = 2000;

    private final KnowledgeBase kb;
    private final BoundedSelect out = BoundedSelect.load("neighbourhood-out.rq", 10000);
    private final BoundedSelect in = BoundedSelect.load("neighbourhood-in.rq", 10000);

    MultiHopExpansion(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** What an expansion would add: node IRIs in page order, counts per class and hop, links in all. */
    record Preview(String iri, int hops, int total, int edges, List<String> nodeIds, Map<String, Integer> byType,
                   List<Integer> byHop, boolean truncated) {
    }

    /** One page of the expansion, as Cytoscape elements (the same JSON as {@code /api/neighbourhood}). */
    record Page(String iri, NodeElement focus, List<NodeElement> nodes, List<EdgeElement> edges, int total,
                int offset, int limit, boolean truncated) {
    }

    private record Link(Node source, Node predicate, Node target) {
    }

    private record Walk(List<Node> nodes, Map<Node, Integer> hopOf, List<Link> links, boolean truncated) {
    }

    Preview preview(Node focus, int hops, List<Node> predicates, Set<Node> keepTypes) {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            Walk walk = walk(ds, lookup, focus, hops, predicates, keepTypes);
            Map<String, Integer> byType = new LinkedHashMap<>();
            Integer[] perHop = new Integer[hops];
            Arrays.fill(perHop, 0);
            for (Node n : walk.nodes()) {
                String type = lookup.element(n).data().type();
                byType.merge(type == null ? "Other" : type, 1, Integer::sum);
                perHop[walk.hopOf().get(n) - 1]++;
            }
            return new Preview(focus.getURI(), hops, walk.nodes().size(), walk.links().size(),
                    walk.nodes().stream().map(Node::getURI).toList(), byType, List.of(perHop), walk.truncated());
        });
    }

    Page page(Node focus, int hops, List<Node> predicates, Set<Node> keepTypes, int limit, int offset) {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            Walk walk = walk(ds, lookup, focus, hops, predicates, keepTypes);
            List<Node> page = walk.nodes().subList(Math.min(offset, walk.nodes().size()),
                    Math.min(offset + limit, walk.nodes().size()));
            Set<Node> inPage = new LinkedHashSet<>(page);
            Set<Node> drawn = new LinkedHashSet<>(walk.nodes().subList(0, Math.min(offset + limit, walk.nodes().size())));
            drawn.add(focus);
            List<EdgeElement> edges = new ArrayList<>();
            for (Link l : walk.links()) {
                if (drawn.contains(l.source()) && drawn.contains(l.target())
                        && (inPage.contains(l.source()) || inPage.contains(l.target()))) {
                    edges.add(new EdgeElement(EdgeData.of(l.source().getURI(), l.predicate().getURI(), l.target().getURI(),
                            lookup.displayLabel(l.predicate())), ""));
                }
            }
            return new Page(focus.getURI(), lookup.element(focus), page.stream().map(lookup::element).toList(), edges,
                    walk.nodes().size(), offset, limit, walk.truncated());
        });
    }

    private Walk walk(Dataset ds, GraphLookup lookup, Node focus, int hops, List<Node> predicates, Set<Node> keepTypes) {
        if (!lookup.mentions(focus)) {
            throw new UnknownResourceException(focus.getURI());
        }
        List<Node> reached = new ArrayList<>();
        Map<Node, Integer> hopOf = new HashMap<>();
        hopOf.put(focus, 0);
        Set<String> seenLinks = new LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        Map<Node, Boolean> kept = new HashMap<>();
        boolean truncated = false;
        List<Node> frontier = List.of(focus);
        List<Node> bound = predicates.isEmpty() ? Collections.singletonList(null) : predicates;
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
            List<Node> next = new ArrayList<>();
            for (Node from : frontier) {
                for (Node p : bound) {
                    Map<String, Node> bind = new HashMap<>();
                    bind.put("focus", from);
                    bind.put("p", p);
                    for (boolean outward : new boolean[] { true, false }) {
                        List<QuerySolution> rows = (outward ? out : in).select(ds, bind);
                        truncated |= rows.size() >= out.rowCap();
                        for (QuerySolution r : rows) {
                            Node n = r.get("n").asNode();
                            Node predicate = p != null ? p : r.get("p").asNode();
                            if (!kept.computeIfAbsent(n, x -> keepTypes.isEmpty() || hasKeptType(lookup, x, keepTypes))) {
                                continue;
                            }
                            Link link = outward ? new Link(from, predicate, n) : new Link(n, predicate, from);
                            if (seenLinks.add(link.source() + " " + link.predicate() + " " + link.target())) {
                                links.add(link);
                            }
                            if (!hopOf.containsKey(n)) {
                                if (reached.size() >= MAX_NODES) {
                                    truncated = true;
                                    continue;
                                }
                                hopOf.put(n, hop);
                                reached.add(n);
                                next.add(n);
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        // Links to nodes cut off by the cap are dropped, so every link has both ends in the walk.
        links.removeIf(l -> !hopOf.containsKey(l.source()) || !hopOf.containsKey(l.target()));
        return new Walk(reached, hopOf, links, truncated);
    }

    private static boolean hasKeptType(GraphLookup lookup, Node node, Set<Node> keepTypes) {
        return keepTypes.stream().anyMatch(type -> lookup.union().contains(node, RDF.type.asNode(), type));
    }
}
