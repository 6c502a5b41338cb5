package org.internkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.internkg.explore.ElementJson.EdgeData;
import org.internkg.explore.ElementJson.EdgeElement;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The first view: model families, tools and pipeline stages with the links among them (a few dozen nodes,
 * not the whole graph), and the number of instances of every class for the legend.
 */
@Component
class OverviewQuery {

    private final KnowledgeBase kb;
    private final BoundedSelect nodes = BoundedSelect.load("overview-nodes.rq", 500);
    private final BoundedSelect edges = BoundedSelect.load("overview-edges.rq", 2000);
    private final BoundedSelect classCounts = BoundedSelect.load("class-counts.rq", 100);

    OverviewQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    record ClassCount(String iri, String name, String typeClass, LangLabels label, int count) {
    }

    record Overview(List<NodeElement> nodes, List<EdgeElement> edges, List<ClassCount> classes, long revision) {
    }

    Overview overview() {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            List<NodeElement> nodeElements = nodes.select(ds, Map.of()).stream()
                    .map(r -> lookup.element(r.get("s").asNode())).toList();
            // A derived "supports a model of this family" link is dropped when a direct link says the same.
            Map<String, EdgeElement> edgeElements = new LinkedHashMap<>();
            for (QuerySolution row : edges.select(ds, Map.of())) {
                Node p = row.get("p").asNode();
                boolean derived = row.contains("via");
                String label = derived ? "supports models of" : lookup.displayLabel(p);
                EdgeData data = EdgeData.of(row.get("s").asNode().getURI(), p.getURI(), row.get("o").asNode().getURI(), label);
                EdgeElement element = new EdgeElement(data, derived ? "is-derived" : "");
                edgeElements.merge(data.id(), element, (a, b) -> a.classes().isEmpty() ? a : b);
            }
            List<ClassCount> classes = new ArrayList<>();
            for (QuerySolution row : classCounts.select(ds, Map.of())) {
                Node c = row.get("class").asNode();
                classes.add(new ClassCount(c.getURI(), GraphLookup.localName(c), "type-" + GraphLookup.typeClass(c),
                        lookup.labels(c), row.getLiteral("count").getInt()));
            }
            classes.sort(java.util.Comparator.comparingInt(c -> {
                int rank = GraphLookup.CLASSES.indexOf(c.name());
                return rank < 0 ? GraphLookup.CLASSES.size() : rank;
            }));
            return new Overview(nodeElements, List.copyOf(edgeElements.values()), classes, kb.revision());
        });
    }
}
