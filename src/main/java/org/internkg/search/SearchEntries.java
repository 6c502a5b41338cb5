package org.internkg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
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

    /** Reads every entry inside the caller's read transaction, sorted by IRI (small stores and tests only). */
    static Map<String, Entry> read(Dataset ds) {
        Map<String, Entry> out = new java.util.TreeMap<>();
        forEach(ds, e -> out.put(e.resource().getURI(), e));
        return out;
    }

    /**
     * Hands every entry to {@code sink}, one resource at a time, inside the caller's read transaction: the typed
     * resources come from the store's own type index and each is read with two index look-ups (its statements,
     * its incoming links), so memory stays flat however large the store is.
     */
    static void forEach(Dataset ds, Consumer<Entry> sink) {
        if (!TDBInternal.isTDB2(ds.asDatasetGraph())) {
            // A remote store answers each look-up with an HTTP request: one pass over everything is far cheaper there.
            onePass(ds, sink);
            return;
        }
        Graph union = ds.asDatasetGraph().getUnionGraph();
        ExtendedIterator<Triple> typed = union.find(Node.ANY, RDF.type.asNode(), Node.ANY);
        try {
            Triple previous = null;
            while (typed.hasNext()) {
                Triple t = typed.next();
                Node s = t.getSubject();
                if (t.equals(previous) || !s.isURI() || !s.getURI().startsWith(Ikg.ID)) {
                    continue;
                }
                previous = t;
                Entry e = entry(union, s, t.getObject());
                if (e != null) {
                    sink.accept(e);
                }
            }
        } finally {
            typed.close();
        }
    }

    /** The entry of {@code s}, or null when {@code viaType} is not its first type (it is read once, via that one). */
    private static Entry entry(Graph union, Node s, Node viaType) {
        Builder b = new Builder();
        int degree = 0;
        ExtendedIterator<Triple> out = union.find(s, Node.ANY, Node.ANY);
        try {
            while (out.hasNext()) {
                Triple t = out.next();
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(RDF.type.asNode())) {
                    b.types.add(o);
                } else if (o.isURI()) {
                    degree++;
                } else if (o.isLiteral()) {
                    b.literal(p, o.getLiteralLexicalForm());
                }
            }
        } finally {
            out.close();
        }
        Node first = b.types.stream().min(Comparator.comparing(Node::toString)).orElse(viaType);
        if (!first.equals(viaType)) {
            return null;
        }
        ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, s);
        try {
            while (in.hasNext()) {
                Triple t = in.next();
                if (t.getSubject().isURI() && !t.getPredicate().equals(RDF.type.asNode())) {
                    degree++;
                }
            }
        } finally {
            in.close();
        }
        return b.entry(s, degree);
    }

    /** Every entry from one pass over the union graph, sorted by IRI; memory grows with the store. */
    private static void onePass(Dataset ds, Consumer<Entry> sink) {
        Map<Node, Builder> builders = new HashMap<>();
        Map<Node, int[]> degrees = new HashMap<>();
        ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (s.isURI() && s.getURI().startsWith(Ikg.ID)) {
                Builder b = builders.computeIfAbsent(s, k -> new Builder());
                if (p.equals(RDF.type.asNode())) {
                    b.types.add(o);
                } else if (o.isLiteral()) {
                    b.literal(p, o.getLiteralLexicalForm());
                }
            }
            if (s.isURI() && o.isURI() && !p.equals(RDF.type.asNode())) {
                degrees.computeIfAbsent(s, k -> new int[1])[0]++;
                degrees.computeIfAbsent(o, k -> new int[1])[0]++;
            }
        });
        builders.entrySet().stream().filter(e -> !e.getValue().types.isEmpty())
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)))
                .forEach(e -> {
                    int[] degree = degrees.get(e.getKey());
                    sink.accept(e.getValue().entry(e.getKey(), degree == null ? 0 : degree[0]));
                });
    }

    private static final class Builder {
        final List<Name> names = new ArrayList<>();
        final List<Name> alt = new ArrayList<>();
        final List<Name> ids = new ArrayList<>();
        final List<String> descriptions = new ArrayList<>();
        final Set<Node> types = new HashSet<>();

        /** Files a literal statement under the kind of name or text its predicate makes it. */
        void literal(Node p, String text) {
            if (p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode())) {
                names.add(new Name(text, "label"));
            } else if (p.equals(SKOS.altLabel.asNode())) {
                alt.add(new Name(text, "altLabel"));
            } else if (p.equals(HUGGING_FACE_ID)) {
                ids.add(new Name(text, "huggingFaceId"));
            } else if (p.equals(DCTerms.description.asNode())) {
                descriptions.add(text);
            }
        }

        Entry entry(Node s, int degree) {
            List<Name> all = new ArrayList<>();
            for (List<Name> kind : List.of(names, alt, ids)) {
                kind.stream().sorted(Comparator.comparing(Name::text)).forEach(all::add);
            }
            descriptions.sort(null);
            return new Entry(s, all.stream().distinct().toList(), List.copyOf(descriptions), Set.copyOf(types), degree);
        }
    }
}
