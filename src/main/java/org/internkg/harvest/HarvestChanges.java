package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.internkg.graph.Ikg;

/**
 * The changes between two versions of one source graph: models listed (new releases) or no longer listed, release
 * dates that changed (stated or reported), and supported models added or dropped. Compared on facts, not on
 * triples, so blank nodes and the source description do not count as changes.
 */
public final class HarvestChanges {

    private HarvestChanges() {
    }

    public static List<Change> between(Graph previous, Graph current) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> before = releaseDates(previous);
        Map<String, String> after = releaseDates(current);
        for (var entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                changes.add(new Change(Change.Kind.ADDED_MODEL, entry.getKey(), entry.getValue().isEmpty() ? null : "released " + entry.getValue()));
            } else if (!before.get(entry.getKey()).equals(entry.getValue())) {
                changes.add(new Change(Change.Kind.CHANGED_DATE, entry.getKey(), before.get(entry.getKey()) + " → " + entry.getValue()));
            }
        }
        before.keySet().stream().filter(m -> !after.containsKey(m))
                .forEach(m -> changes.add(new Change(Change.Kind.REMOVED_MODEL, m, null)));
        Set<String> supportedBefore = supported(previous);
        Set<String> supportedAfter = supported(current);
        supportedAfter.stream().filter(s -> !supportedBefore.contains(s))
                .forEach(s -> changes.add(new Change(Change.Kind.ADDED_SUPPORT, s.split(" ")[0], "by " + s.split(" ")[1])));
        supportedBefore.stream().filter(s -> !supportedAfter.contains(s))
                .forEach(s -> changes.add(new Change(Change.Kind.REMOVED_SUPPORT, s.split(" ")[0], "by " + s.split(" ")[1])));
        return changes;
    }

    /** Everything in a first version counts as added. */
    public static List<Change> firstVersion(Graph current) {
        return between(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(), current);
    }

    /** Models the version lists (with a Hugging Face id or a date), each with its date as this source gives it. */
    private static Map<String, String> releaseDates(Graph graph) {
        Map<String, String> dates = new TreeMap<>();
        graph.find(Node.ANY, HarvestGraphBuilder.HUGGING_FACE_ID, Node.ANY).mapWith(Triple::getSubject).filterKeep(Node::isURI)
                .forEachRemaining(m -> dates.putIfAbsent(m.getURI(), ""));
        graph.find(Node.ANY, HarvestGraphBuilder.DATE_PUBLISHED, Node.ANY).filterKeep(t -> t.getSubject().isURI())
                .forEachRemaining(t -> dates.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm()));
        // A date this source gives that disagrees with the curated one is a reported value: still this source's date.
        graph.find(Node.ANY, Ikg.REPORTED_VALUE_PROPERTY, Node.ANY).forEachRemaining(t -> {
            Node rv = t.getObject();
            if (graph.contains(rv, Ikg.OF_PROPERTY, HarvestGraphBuilder.DATE_PUBLISHED) && !graph.contains(t.getSubject(), HarvestGraphBuilder.DATE_PUBLISHED, Node.ANY)
                    && isTableDate(graph, rv)) {
                graph.find(rv, RDF.value.asNode(), Node.ANY).forEachRemaining(v -> dates.put(t.getSubject().getURI(), v.getObject().getLiteralLexicalForm()));
            }
        });
        // Models only the support lists mention are not releases of this source.
        graph.find(Node.ANY, HarvestGraphBuilder.SUPPORTS_MODEL, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(m -> !graph.contains(m, HarvestGraphBuilder.DATE_PUBLISHED, Node.ANY) && isSupportOnly(graph, m))
                .forEachRemaining(m -> dates.remove(m.getURI()));
        return dates;
    }

    private static boolean isTableDate(Graph graph, Node reportedValue) {
        return graph.find(reportedValue, org.apache.jena.vocabulary.SKOS.note.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLexicalForm().contains(HarvestGraphBuilder.ZOO_TABLE)).hasNext();
    }

    private static boolean isSupportOnly(Graph graph, Node model) {
        return !graph.contains(model, Ikg.term("modelScopeId"), Node.ANY) && !graph.contains(model, Ikg.term("pipelineTag"), Node.ANY);
    }

    private static Set<String> supported(Graph graph) {
        Set<String> out = new TreeSet<>();
        graph.find(Node.ANY, HarvestGraphBuilder.SUPPORTS_MODEL, Node.ANY)
                .forEachRemaining(t -> out.add(t.getObject().getURI() + " " + t.getSubject().getURI()));
        return out;
    }
}
