package org.internkg.sparql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The statements of one label property in the union of a TDB2 store's graphs, held in memory: each label's
 * text, and its subject as a node id. A filter over labels ({@code REGEX}, {@code STRSTARTS}, {@code LANG}) reads
 * every label of the property, and on TDB2 most of that time is the node table turning each label's id into
 * text again (54% of a label regex over 89,969 labels, against 19% for the matching); read from here, the label
 * is built from text already in memory, and only the subjects of the labels that pass are looked up.
 * The order is the store's own (the POSG index: by label, then subject), each statement once however many graphs
 * state it, as a query over the union graph sees them.
 */
final class LabelColumn {

    /** Beyond this many statements a property is not held (about 80 bytes each); its filters scan the store. */
    static final int MAX_STATEMENTS = 3_000_000;

    private static final int S = 1;
    private static final int O = 3;

    /** A literal's form apart from its text; labels share a handful of these. */
    private record Form(String lang, TextDirection direction, RDFDatatype datatype) {
        Node with(String lexical) {
            return NodeFactory.createLiteral(lexical, lang, direction, datatype);
        }
    }

    private final NodeId[] subjects;
    /** The label's text when its {@link #forms} entry is 0 or more, else the label node itself (an IRI, say). */
    private final Object[] labels;
    private final short[] forms;
    private final Form[] formTable;

    private LabelColumn(NodeId[] subjects, Object[] labels, short[] forms, Form[] formTable) {
        this.subjects = subjects;
        this.labels = labels;
        this.forms = forms;
        this.formTable = formTable;
    }

    /** The version of the data the caller's read transaction sees, or -1 when the store is not TDB2. */
    static long dataVersion(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb == null ? -1 : tdb.getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /**
     * Reads the property's statements inside the caller's read transaction; null when the store is not TDB2 or the
     * property has more than {@code limit} statements in all graphs.
     */
    static LabelColumn read(DatasetGraph dsg, Node property, int limit) {
        TupleIndex posg = TDBInternal.getDatasetGraphTDB(dsg) == null ? null : TDBInternal.findIndex(dsg, "POSG");
        if (posg == null) {
            return null;
        }
        NodeTable nodes = nodeTable(dsg);
        NodeId p = nodes.getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(p)) {
            return new LabelColumn(new NodeId[0], new Object[0], new short[0], new Form[0]);
        }
        List<NodeId> subjects = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Short> forms = new ArrayList<>();
        Map<Form, Short> formIds = new HashMap<>();
        Tuple<NodeId> previous = null;
        Object label = null;
        short form = -1;
        Iterator<Tuple<NodeId>> it = posg.find(TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            // sorted by object, subject, then graph: a statement made in several graphs comes in a run
            boolean sameObject = previous != null && previous.get(O).equals(t.get(O));
            if (sameObject && previous.get(S).equals(t.get(S))) {
                continue;
            }
            if (subjects.size() == limit) {
                return null;
            }
            if (!sameObject) {
                Node node = nodes.getNodeForNodeId(t.get(O));
                form = node.isLiteral() ? formIds.computeIfAbsent(new Form(node.getLiteralLanguage(),
                        node.getLiteralBaseDirection(), node.getLiteralDatatype()), f -> (short) formIds.size()) : -1;
                if (form < 0) {  // not a literal, or past 32,767 forms (the short wrapped)
                    label = node;
                } else {
                    label = node.getLiteralLexicalForm();
                }
            }
            subjects.add(t.get(S));
            labels.add(label);
            forms.add(form);
            previous = t;
        }
        Form[] table = new Form[formIds.size()];
        formIds.forEach((f, id) -> table[id] = f);
        short[] formArray = new short[forms.size()];
        for (int i = 0; i < formArray.length; i++) {
            formArray[i] = forms.get(i);
        }
        return new LabelColumn(subjects.toArray(NodeId[]::new), labels.toArray(), formArray, table);
    }

    int size() {
        return subjects.length;
    }

    /** The i-th label, equal to the node the store holds. */
    Node label(int i) {
        short form = forms[i];
        return form < 0 ? (Node) labels[i] : formTable[form].with((String) labels[i]);
    }

    /** The i-th subject, looked up in the store's {@link #nodeTable} (inside a read transaction). */
    Node subject(int i, NodeTable nodes) {
        return nodes.getNodeForNodeId(subjects[i]);
    }

    static NodeTable nodeTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
    }
}
