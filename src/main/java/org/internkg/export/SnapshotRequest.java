package org.internkg.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the explorer draws, as {@code POST /api/snapshot} receives it: every visible node with its position and the
 * look it has on screen (label as drawn, colour, shape, size), every visible link, and the interface language.
 * The server adds what it knows (types, facts, the Turtle) and checks everything here before it is used.
 */
record SnapshotRequest(List<DrawnNode> nodes, List<DrawnEdge> edges, String language) {

    /** Most links a snapshot carries; the explorer never draws this many legibly. */
    static final int MAX_EDGES = 20000;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|rgba?\\([0-9., ]{5,40}\\)");
    private static final List<String> SHAPES = List.of("ellipse", "triangle", "round-triangle", "rectangle", "round-rectangle",
            "bottom-round-rectangle", "cut-rectangle", "barrel", "rhomboid", "right-rhomboid", "diamond", "round-diamond",
            "pentagon", "round-pentagon", "hexagon", "round-hexagon", "concave-hexagon", "heptagon", "round-heptagon",
            "octagon", "round-octagon", "star", "tag", "round-tag", "vee");

    /** A node as drawn: IRI, model position, the label text on the canvas, fill colour, shape and size in pixels. */
    record DrawnNode(String id, Double x, Double y, String label, String color, String shape, Double size) {
    }

    /** A link as drawn: its ends (node IRIs), its label, and whether it is derived (dashed) rather than a triple. */
    record DrawnEdge(String source, String target, String label, Boolean derived) {
    }

    /** The language labels and facts are shown in: zh or en (anything else). */
    String lang() {
        return "zh".equals(language) ? "zh" : "en";
    }

    /** The first thing wrong with the request, named by where it is; null when everything is usable. */
    String problem() {
        if (nodes == null || nodes.isEmpty()) {
            return "send {\"nodes\": [{\"id\": iri, \"x\": …, \"y\": …}, …]} with at least one node";
        }
        if (nodes.size() > VisibleSubgraph.MAX_NODES) {
            return "at most " + VisibleSubgraph.MAX_NODES + " nodes, got " + nodes.size();
        }
        if (edges != null && edges.size() > MAX_EDGES) {
            return "at most " + MAX_EDGES + " edges, got " + edges.size();
        }
        for (int i = 0; i < nodes.size(); i++) {
            DrawnNode n = nodes.get(i);
            String where = "nodes[" + i + "]";
            if (n == null || !SubgraphController.isAbsoluteIri(n.id())) {
                return where + ".id is not an absolute IRI";
            }
            if (!finite(n.x()) || !finite(n.y())) {
                return where + " needs finite numbers x and y";
            }
            if (n.color() != null && !COLOUR.matcher(n.color()).matches()) {
                return where + ".color is not a #hex or rgb() colour";
            }
            if (n.shape() != null && !SHAPES.contains(n.shape())) {
                return where + ".shape is not a Cytoscape node shape";
            }
            if (n.size() != null && (!finite(n.size()) || n.size() <= 0 || n.size() > 500)) {
                return where + ".size must be a number of pixels between 0 and 500";
            }
        }
        for (int i = 0; edges != null && i < edges.size(); i++) {
            DrawnEdge e = edges.get(i);
            if (e == null || !SubgraphController.isAbsoluteIri(e.source()) || !SubgraphController.isAbsoluteIri(e.target())) {
                return "edges[" + i + "] needs absolute IRIs source and target";
            }
        }
        return null;
    }

    private static boolean finite(Double d) {
        return d != null && Double.isFinite(d);
    }
}
