package org.internkg.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.graph.Ikg;

/**
 * What the index holds about each typed InternKG resource: its names (labels, preferred and alternative labels,
 * Hugging Face ids), its descriptions, its classes, and how many links it has to other resources (the
 * tie-breaker: a hub is what people usually mean).
 */
final class SearchEntries {

    static final Node HUGGING_FACE_ID = Ikg.term("huggingFaceId");

    private SearchEntries() {
    }

    /** A name and what kind of name it is: {@code label}, {@code altLabel} or {@code huggingFaceId}. */
    record Name(String text, String kind) {
    }

    record Entry(Node resource, List<Name> names, List<String> descriptions, Set<Node> types, int degree) {
    }

    /** Reads every entry inside the caller's read transaction, in one pass over the union graph. */
    static Map<String, Entry> read(Dataset ds) {
        Graph union = ds.asDatasetGraph().getUnionGraph();
        Map<Node, Builder> builders = new HashMap<>();
        Map<Node, int[]> degrees = new HashMap<>();
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (s.isURI() && s.getURI().startsWith(Ikg.ID)) {
                Builder b = builders.computeIfAbsent(s, k -> new Builder());
                if (p.equals(RDF.type.asNode())) {
                    b.types.add(o);
                } else if (o.isLiteral()) {
                    String text = o.getLiteralLexicalForm();
                    if (p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode())) {
                        b.names.add(new Name(text, "label"));
                    } else if (p.equals(SKOS.altLabel.asNode())) {
                        b.alt.add(new Name(text, "altLabel"));
                    } else if (p.equals(HUGGING_FACE_ID)) {
                        b.ids.add(new Name(text, "huggingFaceId"));
                    } else if (p.equals(DCTerms.description.asNode())) {
                        b.descriptions.add(text);
                    }
                }
            }
            if (s.isURI() && o.isURI() && !p.equals(RDF.type.asNode())) {
                degrees.computeIfAbsent(s, k -> new int[1])[0]++;
                degrees.computeIfAbsent(o, k -> new int[1])[0]++;
            }
        });
        Map<String, Entry> out = new LinkedHashMap<>();
        builders.entrySet().stream().filter(e -> !e.getValue().types.isEmpty())
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Node::getURI)))
                .forEach(e -> {
                    Builder b = e.getValue();
                    List<Name> names = new ArrayList<>();
                    for (List<Name> kind : List.of(b.names, b.alt, b.ids)) {
                        kind.stream().sorted(java.util.Comparator.comparing(Name::text)).forEach(names::add);
                    }
                    b.descriptions.sort(null);
                    int[] degree = degrees.get(e.getKey());
                    out.put(e.getKey().getURI(), new Entry(e.getKey(), names.stream().distinct().toList(),
                            List.copyOf(b.descriptions), Set.copyOf(b.types), degree == null ? 0 : degree[0]));
                });
        return out;
    }

    private static final class Builder {
        final List<Name> names = new ArrayList<>();
        final List<Name> alt = new ArrayList<>();
        final List<Name> ids = new ArrayList<>();
        final List<String> descriptions = new ArrayList<>();
        final Set<Node> types = new HashSet<>();
    }
}
