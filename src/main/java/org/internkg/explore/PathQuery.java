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

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * How two resources are connected: the shortest simple paths between them over links in either direction,
 * shortest first, up to a bounded length and number. Only links between InternKG resources count: source
 * documents, reified statements, reported values, the TBox and literal values are bookkeeping, not connections.
 * The link graph is built once per store revision (a few thousand links) and searched in memory.
 */
@Component
class PathQuery {

    static final int DEFAULT_MAX_LENGTH = 4;
    static final int MAX_MAX_LENGTH = 6;
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    /** Steps of the search before it stops with what it has: a guard, not a limit anyone should meet. */
    private static final int STEP_BUDGET = 200_000;

    private final KnowledgeBase kb;
    private volatile LinkGraph links;

    PathQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** One hop: the triple as stated ({@code forward} is true when it points along the path). */
    record Step(String from, String to, String subject, String predicate, String predicateLabel, String object,
                boolean forward) {
    }

    record Path(int length, List<String> nodes, List<Step> steps, List<String> edges, String sentence) {
    }

    record Paths(NodeElement from, NodeElement to, int maxLength, int limit, List<Path> paths,
                 List<NodeElement> nodes, List<EdgeElement> edges) {
    }

    private record LinkGraph(long revision, Map<Node, Map<Node, List<Triple>>> adjacency) {
    }

    Paths paths(Node from, Node to, int maxLength, int limit) {
        LinkGraph graph = linkGraph();
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            for (Node n : List.of(from, to)) {
                if (!lookup.mentions(n)) {
                    throw new UnknownResourceException(n.getURI());
                }
            }
            List<List<Node>> found = search(graph.adjacency(), from, to, maxLength, limit);
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
                    Triple t = graph.adjacency().get(a).get(b).get(0);
                    boolean forward = t.getSubject().equals(a);
                    String label = lookup.displayLabel(t.getPredicate());
                    steps.add(new Step(a.getURI(), b.getURI(), t.getSubject().getURI(), t.getPredicate().getURI(), label,
                            t.getObject().getURI(), forward));
                    sentence.append(forward ? " — " + label + " → " : " ← " + label + " — ").append(lookup.displayLabel(b));
                    for (Triple each : graph.adjacency().get(a).get(b)) {
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
    static List<List<Node>> search(Map<Node, Map<Node, List<Triple>>> adj, Node from, Node to, int maxLength, int limit) {
        List<List<Node>> out = new ArrayList<>();
        if (!adj.containsKey(from) || !adj.containsKey(to) || from.equals(to)) {
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
            for (Node m : adj.get(n).keySet()) {
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

    private static void walk(Map<Node, Map<Node, List<Triple>>> adj, Map<Node, Integer> dist, Node to, int length,
                             int limit, List<Node> trail, Set<Node> onTrail, List<List<Node>> out, int[] budget) {
        Node here = trail.get(trail.size() - 1);
        int left = length - (trail.size() - 1);
        if (here.equals(to)) {
            if (left == 0) {
                out.add(List.copyOf(trail));
            }
            return;
        }
        for (Node next : adj.get(here).keySet()) {
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

    private LinkGraph linkGraph() {
        LinkGraph g = links;
        long revision = kb.revision();
        if (g == null || g.revision() != revision) {
            g = new LinkGraph(revision, kb.read(PathQuery::adjacency));
            links = g;
        }
        return g;
    }

    /** Undirected adjacency among InternKG resources; neighbours and parallel links in a stable order. */
    static Map<Node, Map<Node, List<Triple>>> adjacency(Dataset ds) {
        Graph union = ds.asDatasetGraph().getUnionGraph();
        Set<Node> bookkeeping = new java.util.HashSet<>();
        union.find(Node.ANY, RDF.type.asNode(), Ikg.SOURCE_DOCUMENT).forEachRemaining(t -> bookkeeping.add(t.getSubject()));
        Map<Node, Map<Node, List<Triple>>> adj = new java.util.TreeMap<>(Comparator.comparing(Node::getURI));
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node o = t.getObject();
            if (!isEntity(s, bookkeeping) || !isEntity(o, bookkeeping) || s.equals(o)
                    || t.getPredicate().equals(RDF.type.asNode()) || t.getPredicate().equals(Ikg.STATED_IN)) {
                return;
            }
            adj.computeIfAbsent(s, k -> new java.util.TreeMap<>(Comparator.comparing(Node::getURI)))
                    .computeIfAbsent(o, k -> new ArrayList<>()).add(t);
            adj.computeIfAbsent(o, k -> new java.util.TreeMap<>(Comparator.comparing(Node::getURI)))
                    .computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            // The union graph may repeat a triple stated in several sources; one link is enough.
        });
        adj.values().forEach(m -> m.replaceAll((k, l) -> new ArrayList<>(new LinkedHashSet<>(l))));
        adj.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> t.getSubject().getURI()))));
        return adj;
    }

    private static boolean isEntity(Node n, Set<Node> bookkeeping) {
        return n.isURI() && n.getURI().startsWith(Ikg.ID) && !n.getURI().startsWith(Ikg.SOURCE) && !bookkeeping.contains(n);
    }
}
