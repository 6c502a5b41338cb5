package org.internkg.sparql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The statements of one label property in the union of a TDB2 store's graphs, held in memory: each label as a node,
 * and its subject as a place in the node table. A filter over labels ({@code REGEX}, {@code STRSTARTS},
 * {@code LANG}) reads every label of the property, and on TDB2 most of that time is the node table turning each
 * label's id into a node again (54% of a label regex over 89,969 labels, against 19% for the matching). Read from
 * here, only the subjects of the labels that pass are looked up. The order is the store's own (the POSG index: by
 * label, then subject), each statement once however many graphs state it, as a query over the union graph sees them.
 * Labels are kept as nodes, not as text rebuilt into nodes per query: rebuilding (parsing the language tag each
 * time) took 42% of a regex scan, and keeping them costs about 60 bytes more per label.
 */
final class LabelColumn {

    /**
     * Beyond this many statements a property is not held, and its filters scan the store. A statement takes about
     * 140 bytes (the 10M-triple benchmark store: 892,947 labels, about 125 MB).
     */
    static final int MAX_STATEMENTS = 2_000_000;

    private static final int S = 1;
    private static final int O = 3;

    /** Subjects are IRIs or blank nodes, never stored inline in their id: each id is a place in the node table. */
    private final long[] subjects;
    private final Node[] labels;

    private LabelColumn(long[] subjects, Node[] labels) {
        this.subjects = subjects;
        this.labels = labels;
    }

    /** The version of the data the caller's read transaction sees, or -1 when the store is not TDB2. */
    static long dataVersion(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb == null ? -1 : tdb.getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /**
     * Reads the property's statements inside the caller's read transaction; null when the store is not TDB2, the
     * property has more than {@code limit} statements in all graphs, or a subject is not a node-table place (a
     * literal subject, which RDF does not allow but a store could hold).
     */
    static LabelColumn read(DatasetGraph dsg, Node property, int limit) {
        TupleIndex posg = TDBInternal.getDatasetGraphTDB(dsg) == null ? null : TDBInternal.findIndex(dsg, "POSG");
        if (posg == null) {
            return null;
        }
        NodeTable nodes = nodeTable(dsg);
        NodeId p = nodes.getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(p)) {
            return new LabelColumn(new long[0], new Node[0]);
        }
        long[] subjects = new long[1024];
        List<Node> labels = new ArrayList<>();
        Tuple<NodeId> previous = null;
        Node label = null;
        Iterator<Tuple<NodeId>> it = posg.find(TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            // sorted by object, subject, then graph: a statement made in several graphs comes in a run
            boolean sameObject = previous != null && previous.get(O).equals(t.get(O));
            if (sameObject && previous.get(S).equals(t.get(S))) {
                continue;
            }
            if (labels.size() == limit || !t.get(S).isPtr()) {
                return null;
            }
            if (!sameObject) {
                label = nodes.getNodeForNodeId(t.get(O));
            }
            if (labels.size() == subjects.length) {
                subjects = Arrays.copyOf(subjects, subjects.length * 2);
            }
            subjects[labels.size()] = t.get(S).getPtrLocation();
            labels.add(label);
            previous = t;
        }
        return new LabelColumn(Arrays.copyOf(subjects, labels.size()), labels.toArray(Node[]::new));
    }

    int size() {
        return subjects.length;
    }

    Node label(int i) {
        return labels[i];
    }

    /** The i-th subject, looked up in the store's {@link #nodeTable} (inside a read transaction). */
    Node subject(int i, NodeTable nodes) {
        return nodes.getNodeForNodeId(NodeIdFactory.createPtr(subjects[i]));
    }

    static NodeTable nodeTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
    }
}
