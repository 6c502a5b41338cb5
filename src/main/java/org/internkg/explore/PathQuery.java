package org.internkg.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.graph.Ikg;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How two resources are connected: the shortest simple paths between them over links in either direction,
 * shortest first, up to a bounded length and number. Only links between InternKG resources count: source
 * documents, reified statements, reported values, the TBox and literal values are bookkeeping, not connections.
 * The link graph of a small store (up to {@value #KEPT_TYPED} typed resources and {@value #KEPT_LINKS} links) is
 * read once per revision and searched in memory; a larger store's (millions of links at 10M triples: gigabytes and
 * minutes to hold) is read around the two resources as the search goes, at most {@value #READ_LINKS} links a
 * request, and the answer has the paths found within them.
 */
@Component
class PathQuery {

    static final int DEFAULT_MAX_LENGTH = 4;
    static final int MAX_MAX_LENGTH = 6;
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    /** Steps of the search before it stops with what it has: a guard, not a limit anyone should meet. */
    private static final int STEP_BUDGET = 200_000;
    /** The most typed resources a store may have for its link graph to be kept: counted first, since it is cheap. */
    static final int KEPT_TYPED = 20_000;
    /** The most links kept in memory for the revision (the curated data has a few thousand). */
    static final int KEPT_LINKS = 500_000;
    /** The most links one request reads from a store too large to keep (about a second at 10M triples). */
    static final int READ_LINKS = 100_000;
    /** The most links read around one resource in such a store. */
    static final int READ_PER_RESOURCE = 5_000;
    private static final Comparator<Triple> BY_PREDICATE_AND_SUBJECT = Comparator.comparing((Triple t) -> t.getPredicate().getURI())
            .thenComparing(t -> t.getSubject().getURI());

    private final KnowledgeBase kb;
    private final int readLinks;
    /** The link graph of a small store; null for a larger one. */
    private final KeptPerRevision<Map<Node, Map<Node, List<Triple>>>> kept;

    @Autowired
    PathQuery(KnowledgeBase kb) {
        this(kb, KEPT_LINKS, READ_LINKS);
    }

    PathQuery(KnowledgeBase kb, int keptLinks, int readLinks) {
        this.kb = kb;
        this.readLinks = readLinks;
        this.kept = new KeptPerRevision<>(kb, (ds, revision) -> adjacency(ds, keptLinks));
    }

    /**
     * One hop: the triple as stated ({@code forward} is true when it points along the path). {@code predicateLabelZh}
     * is null where the vocabulary has no Chinese label, so a client can word the step.
     */
    record Step(String from, String to, String subject, String predicate, String predicateLabel, String predicateLabelZh,
                String object, boolean forward) {
    }

    record Path(int length, List<String> nodes, List<Step> steps, List<String> edges, String sentence) {
    }

    record Paths(NodeElement from, NodeElement to, int maxLength, int limit, List<Path> paths,
                 List<NodeElement> nodes, List<EdgeElement> edges) {
    }

    Paths paths(Node from, Node to, int maxLength, int limit) {
        Map<Node, Map<Node, List<Triple>>> small = kept.get();
        return kb.read(ds -> {
            Function<Node, Map<Node, List<Triple>>> graph = small != null
                    ? n -> small.getOrDefault(n, Map.of())
                    : new StoreLinks(ds, readLinks)::around;
            GraphLookup lookup = new GraphLookup(ds);
            for (Node n : List.of(from, to)) {
                if (!lookup.mentions(n)) {
                    throw new UnknownResourceException(n.getURI());
                }
            }
            List<List<Node>> found = search(graph, from, to, maxLength, limit);
            List<Path> paths = new ArrayList<>();
            Map<Node, NodeElement> nodes = new LinkedHashMap<>();
            Map<String, EdgeElement> edges = new LinkedHashMap<>();
            for (List<Node> seq : found) {
                List<Step> steps = new ArrayList<>();
                List<String> edgeIds = new ArrayList<>();
                StringBuilder sentence = new StringBuilder(lookup.displayLabel(seq.get(0)));
                for (int i = 0; i + 1 < seq.size(); i++) {
                    Node a = seq.get(i);
                    Node b = seq.get(i + 1);
                    Triple t = graph.apply(a).get(b).get(0);
                    boolean forward = t.getSubject().equals(a);
                    String label = lookup.displayLabel(t.getPredicate());
                    steps.add(new Step(a.getURI(), b.getURI(), t.getSubject().getURI(), t.getPredicate().getURI(), label,
                            lookup.labels(t.getPredicate()).zh(), t.getObject().getURI(), forward));
                    sentence.append(forward ? " — " + label + " → " : " ← " + label + " — ").append(lookup.displayLabel(b));
                    for (Triple each : graph.apply(a).get(b)) {
                        EdgeData data = EdgeData.of(each.getSubject().getURI(), each.getPredicate().getURI(),
                                each.getObject().getURI(), lookup.displayLabel(each.getPredicate()));
                        edges.putIfAbsent(data.id(), new EdgeElement(data, "is-path"));
                        edgeIds.add(data.id());
                    }
                }
                seq.forEach(n -> nodes.computeIfAbsent(n, lookup::element));
                paths.add(new Path(seq.size() - 1, seq.stream().map(Node::getURI).toList(), steps, edgeIds, sentence.toString()));
            }
            return new Paths(lookup.element(from), lookup.element(to), maxLength, limit, paths,
                    List.copyOf(nodes.values()), List.copyOf(edges.values()));
        });
    }

    /**
     * Simple paths by increasing length: distances to {@code to} (breadth first) prune a depth-first walk from
     * {@code from}, so every branch it enters can still arrive within the length being enumerated.
     */
    static List<List<Node>> search(Function<Node, Map<Node, List<Triple>>> adj, Node from, Node to, int maxLength, int limit) {
        List<List<Node>> out = new ArrayList<>();
        if (adj.apply(from).isEmpty() || adj.apply(to).isEmpty() || from.equals(to)) {
            return out;
        }
        Map<Node, Integer> dist = new HashMap<>();
        ArrayDeque<Node> queue = new ArrayDeque<>();
        dist.put(to, 0);
        queue.add(to);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            int d = dist.get(n);
            if (d >= maxLength) {
                continue;
            }
            for (Node m : adj.apply(n).keySet()) {
                if (!dist.containsKey(m)) {
                    dist.put(m, d + 1);
                    queue.add(m);
                }
            }
        }
        Integer shortest = dist.get(from);
        if (shortest == null) {
            return out;
        }
        int[] budget = {STEP_BUDGET};
        for (int length = shortest; length <= maxLength && out.size() < limit && budget[0] > 0; length++) {
            List<Node> trail = new ArrayList<>(List.of(from));
            walk(adj, dist, to, length, limit, trail, new LinkedHashSet<>(trail), out, budget);
        }
        return out;
    }

    private static void walk(Function<Node, Map<Node, List<Triple>>> adj, Map<Node, Integer> dist, Node to, int length,
                             int limit, List<Node> trail, Set<Node> onTrail, List<List<Node>> out, int[] budget) {
        Node here = trail.get(trail.size() - 1);
        int left = length - (trail.size() - 1);
        if (here.equals(to)) {
            if (left == 0) {
                out.add(List.copyOf(trail));
            }
            return;
        }
        for (Node next : adj.apply(here).keySet()) {
            if (out.size() >= limit || --budget[0] <= 0) {
                return;
            }
            Integer d = dist.get(next);
            if (d == null || d > left - 1 || onTrail.contains(next) || (next.equals(to) && left != 1)) {
                continue;
            }
            trail.add(next);
            onTrail.add(next);
            walk(adj, dist, to, length, limit, trail, onTrail, out, budget);
            onTrail.remove(next);
            trail.remove(trail.size() - 1);
        }
    }

    /**
     * Undirected adjacency among InternKG resources, neighbours and parallel links in a stable order; null when the
     * store has more than {@link #KEPT_TYPED} typed resources or {@code maxLinks} links (reading stops there).
     */
    static Map<Node, Map<Node, List<Triple>>> adjacency(Dataset ds, int maxLinks) {
        Graph union = ds.asDatasetGraph().getUnionGraph();
        if (moreTypedThan(union, KEPT_TYPED)) {
            return null;
        }
        Set<Node> bookkeeping = bookkeeping(union);
        Map<Node, Map<Node, List<Triple>>> adj = new java.util.TreeMap<>(Comparator.comparing(Node::getURI));
        int links = 0;
        for (var all = union.find(); all.hasNext(); ) {
            Triple t = all.next();
            if (isLink(t, bookkeeping)) {
                if (++links > maxLinks) {
                    all.close();
                    return null;
                }
                addLink(adj, t);
            }
        }
        return adj;
    }

    /**
     * The links around one resource at a time, read from the store when the search first reaches it and kept for
     * the request: at most {@value #READ_PER_RESOURCE} of one resource (a hub has hundreds of thousands) and
     * {@code budget} in all; past it, resources not yet read have only the links found from their neighbours.
     * A link read from either end is known at both, so a hub reached from its neighbours links back to them.
     */
    private static final class StoreLinks {

        private final Graph union;
        private final Set<Node> bookkeeping;
        private final Map<Node, Map<Node, List<Triple>>> known = new HashMap<>();
        private final Set<Node> read = new java.util.HashSet<>();
        private int budget;

        StoreLinks(Dataset ds, int budget) {
            this.union = ds.asDatasetGraph().getUnionGraph();
            this.bookkeeping = bookkeeping(union);
            this.budget = budget;
        }

        Map<Node, List<Triple>> around(Node n) {
            Map<Node, List<Triple>> links = neighbours(known, n);
            if (!read.add(n)) {
                return links;
            }
            int left = READ_PER_RESOURCE;
            for (var t : List.of(union.find(n, Node.ANY, Node.ANY), union.find(Node.ANY, Node.ANY, n))) {
                try {
                    while (budget > 0 && left > 0 && t.hasNext()) {
                        Triple link = t.next();
                        if (isLink(link, bookkeeping)) {
                            budget--;
                            left--;
                            addLink(known, link);
                        }
                    }
                } finally {
                    t.close();
                }
            }
            return links;
        }
    }

    private static Map<Node, List<Triple>> neighbours(Map<Node, Map<Node, List<Triple>>> adj, Node n) {
        return adj.computeIfAbsent(n, k -> new java.util.TreeMap<>(Comparator.comparing(Node::getURI)));
    }

    /**
     * The link known at both its ends, neighbours by IRI and parallel links by predicate and subject; once each (the
     * union graph may repeat a triple stated in several sources).
     */
    private static void addLink(Map<Node, Map<Node, List<Triple>>> adj, Triple link) {
        for (Node[] ends : new Node[][] {{link.getSubject(), link.getObject()}, {link.getObject(), link.getSubject()}}) {
            List<Triple> parallel = neighbours(adj, ends[0]).computeIfAbsent(ends[1], k -> new ArrayList<>());
            if (!parallel.contains(link)) {
                parallel.add(link);
                parallel.sort(BY_PREDICATE_AND_SUBJECT);
            }
        }
    }

    private static boolean moreTypedThan(Graph union, int max) {
        var typed = union.find(Node.ANY, RDF.type.asNode(), Node.ANY);
        try {
            for (int n = 0; typed.hasNext(); n++, typed.next()) {
                if (n == max) {
                    return true;
                }
            }
            return false;
        } finally {
            typed.close();
        }
    }

    private static Set<Node> bookkeeping(Graph union) {
        Set<Node> bookkeeping = new java.util.HashSet<>();
        union.find(Node.ANY, RDF.type.asNode(), Ikg.SOURCE_DOCUMENT).forEachRemaining(t -> bookkeeping.add(t.getSubject()));
        return bookkeeping;
    }

    private static boolean isLink(Triple t, Set<Node> bookkeeping) {
        return isEntity(t.getSubject(), bookkeeping) && isEntity(t.getObject(), bookkeeping) && !t.getSubject().equals(t.getObject())
                && !t.getPredicate().equals(RDF.type.asNode()) && !t.getPredicate().equals(Ikg.STATED_IN);
    }

    private static boolean isEntity(Node n, Set<Node> bookkeeping) {
        return n.isURI() && n.getURI().startsWith(Ikg.ID) && !n.getURI().startsWith(Ikg.SOURCE) && !bookkeeping.contains(n);
    }
}
