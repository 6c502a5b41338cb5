package org.internkg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The counts of the VoID description over all named graphs, read from a TDB2 store's quad indexes without turning
 * a single id into a term: in an index sorted by subject first, each new subject id is one more distinct subject,
 * and so on. The same numbers as the SPARQL queries in {@code queries/void/} (the test compares them), which at
 * 10M triples take minutes (distinct objects 129 s, distinct triples over 300 s): here one pass over an index
 * each. A term stored in the node table has one id, so distinct ids are distinct terms; a value stored inline in its
 * id (numbers, dates) may have two ids for one term ("7.0"^^xsd:decimal as 7 and as 70 tenths, found at 10M), so
 * those are compared as terms.
 */
final class StoreStatistics {

    /** A named graph and its number of quads. */
    record GraphSize(Node graph, long quads) {
    }

    /**
     * {@code entities}: IRIs typed with a class of the namespace asked for; {@code classes}: objects of rdf:type;
     * {@code properties} and {@code graphs} sorted by IRI, as the SPARQL queries order them.
     */
    record Counts(long triples, long distinctSubjects, long distinctObjects, long entities, long classes,
                  List<Node> properties, List<GraphSize> graphs) {
    }

    // the quad indexes' tuples come in the table's own component order: graph, subject, predicate, object
    private static final int G = 0;
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    private static final StoredQuery TRIPLES = StoredQuery.load("queries/void/triples.rq");
    private static final StoredQuery DISTINCT_SUBJECTS = StoredQuery.load("queries/void/distinct-subjects.rq");
    private static final StoredQuery DISTINCT_OBJECTS = StoredQuery.load("queries/void/distinct-objects.rq");
    private static final StoredQuery PROPERTIES = StoredQuery.load("queries/void/properties.rq");
    private static final StoredQuery GRAPHS = StoredQuery.load("queries/void/graphs.rq");
    private static final StoredQuery ENTITIES = StoredQuery.load("queries/void/entities.rq");
    private static final StoredQuery CLASSES = StoredQuery.load("queries/void/classes.rq");

    private StoreStatistics() {
    }

    /** The counts of any store, {@code namespace} the classes' that make entities: from its indexes when it is TDB2, else by SPARQL. */
    static Counts count(Dataset ds, Node namespace) {
        return fromIndexes(ds, namespace).orElseGet(() -> byQueries(ds, namespace));
    }

    /** The counts by SPARQL, for a remote store (and as the reference the index counts are tested against). */
    static Counts byQueries(Dataset ds, Node namespace) {
        List<Node> properties = PROPERTIES.select(ds, Map.of()).stream().map(row -> row.get("p")).toList();
        List<GraphSize> graphs = GRAPHS.select(ds, Map.of()).stream()
                .map(row -> new GraphSize(row.get("g"), ((Number) row.get("n").getLiteralValue()).longValue())).toList();
        return new Counts(TRIPLES.count(ds, Map.of()), DISTINCT_SUBJECTS.count(ds, Map.of()), DISTINCT_OBJECTS.count(ds, Map.of()),
                ENTITIES.count(ds, Map.of("ns", namespace)), CLASSES.count(ds, Map.of()), properties, graphs);
    }

    /** The counts for a TDB2 store (inside the caller's read transaction); empty for any other store. */
    static Optional<Counts> fromIndexes(Dataset ds, Node namespace) {
        if (!TDBInternal.isTDB2(ds.asDatasetGraph())) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
        TupleIndex spog = TDBInternal.findIndex(ds.asDatasetGraph(), "SPOG");
        TupleIndex posg = TDBInternal.findIndex(ds.asDatasetGraph(), "POSG");
        TupleIndex ospg = TDBInternal.findIndex(ds.asDatasetGraph(), "OSPG");
        TupleIndex gspo = TDBInternal.findIndex(ds.asDatasetGraph(), "GSPO");
        if (spog == null || posg == null || ospg == null || gspo == null) {
            return Optional.empty();
        }
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();

        long triples = 0;
        long subjects = 0;
        Tuple<NodeId> previous = null;
        Set<Node> inlineObjects = new HashSet<>();
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            // sorted by subject, predicate, object, then graph: a triple stated in several graphs comes in a run
            boolean newPair = previous == null || !same(previous, t, S, P);
            if (newPair) {
                inlineObjects.clear();
            }
            if (t.get(O).isInline() ? inlineObjects.add(nodes.getNodeForNodeId(t.get(O))) : newPair || !same(previous, t, O)) {
                triples++;
            }
            if (previous == null || !same(previous, t, S)) {
                subjects++;
            }
            previous = t;
        }
        long objects = distinctObjects(ospg, nodes);
        List<Node> properties = new ArrayList<>();
        previous = null;
        for (Iterator<Tuple<NodeId>> it = posg.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            if (previous == null || !same(previous, t, P)) {
                properties.add(nodes.getNodeForNodeId(t.get(P)));
            }
            previous = t;
        }
        List<GraphSize> graphs = new ArrayList<>();
        previous = null;
        long size = 0;
        for (Iterator<Tuple<NodeId>> it = gspo.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            if (previous != null && !same(previous, t, G)) {
                graphs.add(new GraphSize(nodes.getNodeForNodeId(previous.get(G)), size));
                size = 0;
            }
            size++;
            previous = t;
        }
        if (previous != null) {
            graphs.add(new GraphSize(nodes.getNodeForNodeId(previous.get(G)), size));
        }
        properties.sort(Comparator.comparing(Node::getURI));
        graphs.sort(Comparator.comparing(g -> g.graph().getURI()));
        long[] typed = typed(posg, nodes, namespace.getURI());
        return Optional.of(new Counts(triples, subjects, objects, typed[0], typed[1], List.copyOf(properties), List.copyOf(graphs)));
    }

    /** Entities (IRIs typed with a class under {@code namespace}) and classes, from the rdf:type range of the POSG index. */
    private static long[] typed(TupleIndex posg, NodeTable nodes, String namespace) {
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (NodeId.isDoesNotExist(type)) {
            return new long[] {0, 0};
        }
        Set<NodeId> entities = new HashSet<>();
        long classes = 0;
        NodeId previous = null;
        boolean counted = false;
        Iterator<Tuple<NodeId>> it = posg.find(TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            NodeId c = t.get(O);
            if (!c.equals(previous)) {
                classes++;
                Node cls = nodes.getNodeForNodeId(c);
                counted = cls.isURI() && cls.getURI().startsWith(namespace);
                previous = c;
            }
            if (counted && !entities.contains(t.get(S)) && nodes.getNodeForNodeId(t.get(S)).isURI()) {
                entities.add(t.get(S));
            }
        }
        return new long[] {entities.size(), classes};
    }

    private static long distinctObjects(TupleIndex ospg, NodeTable nodes) {
        long stored = 0;
        Set<Node> inline = new HashSet<>();
        NodeId previous = null;
        for (Iterator<Tuple<NodeId>> it = ospg.all(); it.hasNext(); ) {
            NodeId id = it.next().get(O);
            if (!id.equals(previous)) {
                previous = id;
                if (id.isInline()) {
                    inline.add(nodes.getNodeForNodeId(id));
                } else {
                    stored++;
                }
            }
        }
        return stored + inline.size();
    }

    private static boolean same(Tuple<NodeId> a, Tuple<NodeId> b, int... components) {
        for (int c : components) {
            if (!a.get(c).equals(b.get(c))) {
                return false;
            }
        }
        return true;
    }
}
