package org.internkg.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.explore.ExploreParameters.Direction;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The resources linked to one resource, as Cytoscape elements, one page at a time. Links are ordered by
 * direction (out, then in), predicate and neighbour IRI, so offsets are stable; {@code totals} count every
 * link per predicate and direction, so the view can offer "+N more" on hubs.
 */
@Component
class NeighbourhoodQuery {

    static final int DEFAULT_LIMIT = 25;
    /** As many links as a multi-hop walk may reach ({@code MultiHopExpansion.MAX_NODES}): a permalink replays a hub in one request. */
    static final int MAX_LIMIT = 2000;

    private final KnowledgeBase kb;
    private final BoundedSelect out = BoundedSelect.load("neighbourhood-out.rq", 10000);
    private final BoundedSelect in = BoundedSelect.load("neighbourhood-in.rq", 10000);

    NeighbourhoodQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Links of one predicate in one direction: {@code count} in all, of which this page has {@code returned}. */
    record Total(String direction, String predicate, String label, int count) {
    }

    /**
     * @param focus  the resource's own node element, so the view can add it when it is not drawn yet
     * @param total  links in all (over every page); {@code offset + edges.size() < total} means more pages
     */
    record Neighbourhood(String iri, NodeElement focus, List<NodeElement> nodes, List<EdgeElement> edges,
                         List<Total> totals, int total, int offset, int limit, boolean truncated) {
    }

    private record Link(String direction, Node predicate, Node neighbour) {
    }

    private record LinksOf(Node focus, Direction direction, Node predicate) {
    }

    /** A resource with this many links or more is a hub: its sorted link list is kept. */
    static final int HUB_LINKS = 1_000;
    /** All kept hubs' links together: about 20 MB. */
    static final int KEPT_LINKS = 200_000;
    /** Hubs' link lists for the current revision. */
    private final HubLinks<LinksOf, Link> hubs = new HubLinks<>(HUB_LINKS, KEPT_LINKS);

    Neighbourhood neighbours(Node focus, Direction direction, Node predicate, int limit, int offset) {
        long revision = kb.revision();
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            if (!lookup.mentions(focus)) {
                throw new UnknownResourceException(focus.getURI());
            }
            List<Link> links = linksOf(ds, revision, focus, direction, predicate);
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Link> firstOfKind = new LinkedHashMap<>();
            int outgoing = 0;
            for (Link l : links) {
                String key = l.direction() + " " + l.predicate().getURI();
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                firstOfKind.putIfAbsent(key, l);
                outgoing += l.direction().equals("out") ? 1 : 0;
            }
            boolean truncated = outgoing >= out.rowCap() || links.size() - outgoing >= in.rowCap();
            List<Total> totals = new ArrayList<>();
            counts.forEach((key, n) -> {
                Link l = firstOfKind.get(key);
                totals.add(new Total(l.direction(), l.predicate().getURI(), lookup.displayLabel(l.predicate()), n[0]));
            });

            List<Link> page = links.subList(Math.min(offset, links.size()), Math.min(offset + limit, links.size()));
            Set<Node> neighbours = new LinkedHashSet<>();
            List<EdgeElement> edges = new ArrayList<>();
            for (Link l : page) {
                neighbours.add(l.neighbour());
                String p = l.predicate().getURI();
                String label = lookup.displayLabel(l.predicate());
                EdgeData data = l.direction().equals("out")
                        ? EdgeData.of(focus.getURI(), p, l.neighbour().getURI(), label)
                        : EdgeData.of(l.neighbour().getURI(), p, focus.getURI(), label);
                edges.add(new EdgeElement(data, ""));
            }
            neighbours.remove(focus);
            List<NodeElement> nodes = neighbours.stream().map(lookup::element).toList();
            return new Neighbourhood(focus.getURI(), lookup.element(focus), nodes, edges, totals, links.size(),
                    offset, limit, truncated);
        });
    }

    /**
     * Reads and keeps the link list the explorer asks for first (both directions, every predicate), so that the
     * first click on a hub does not pay for it.
     */
    void warm(Node hub) {
        long revision = kb.revision();
        kb.read(ds -> linksOf(ds, revision, hub, Direction.BOTH, null));
    }

    /** The most links one list holds (each direction is capped). */
    int maxLinks() {
        return out.rowCap() + in.rowCap();
    }

    /** How many hubs' link lists are kept now. */
    int keptHubs() {
        return hubs.kept();
    }

    /** How many links the kept lists hold together. */
    long keptLinks() {
        return hubs.keptLinks();
    }

    /** The links of {@code focus}, kept for a hub; {@code revision} read before the transaction {@code ds} is in. */
    private List<Link> linksOf(org.apache.jena.query.Dataset ds, long revision, Node focus, Direction direction, Node predicate) {
        return hubs.get(revision, new LinksOf(focus, direction, predicate), () -> links(ds, focus, direction, predicate));
    }

    /** Every link in the requested directions, out before in, each sorted by predicate and neighbour. */
    private List<Link> links(org.apache.jena.query.Dataset ds, Node focus, Direction direction, Node predicate) {
        Map<String, Node> bind = new HashMap<>();
        bind.put("focus", focus);
        bind.put("p", predicate);
        List<Link> links = new ArrayList<>();
        if (direction.includesOut()) {
            out.select(ds, bind).forEach(r -> links.add(new Link("out", predicateOf(r, predicate), r.get("n").asNode())));
        }
        if (direction.includesIn()) {
            in.select(ds, bind).forEach(r -> links.add(new Link("in", predicateOf(r, predicate), r.get("n").asNode())));
        }
        return links;
    }

    private static Node predicateOf(QuerySolution row, Node bound) {
        return bound != null ? bound : row.get("p").asNode();
    }
}
