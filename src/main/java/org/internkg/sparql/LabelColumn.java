package org.internkg.sparql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

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
final class LabelColumn implements StoreColumns.Column {

    /** The label properties of the vocabulary; a filter over any other property runs as it would without columns. */
    static final Set<Node> PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    /**
     * Beyond this many statements a property is not held, and its filters scan the store. A statement takes about
     * 140 bytes (the 10M-triple benchmark store: 892,947 labels, about 125 MB).
     */
    static final int MAX_STATEMENTS = 2_000_000;

    /** Subjects are IRIs or blank nodes, never stored inline in their id: each id is a place in the node table. */
    private final long[] subjects;
    private final Node[] labels;

    private LabelColumn(long[] subjects, Node[] labels) {
        this.subjects = subjects;
        this.labels = labels;
    }

    /** A builder of one column, for {@link StoreColumns}: it reads and checks the statements as they come. */
    static StoreColumns.ColumnBuilder<LabelColumn> builder(NodeTable nodes) {
        return new Builder(nodes);
    }

    /** Collects the statements, reading each distinct label once (they come sorted by label). */
    private static final class Builder implements StoreColumns.ColumnBuilder<LabelColumn> {
        private final NodeTable nodes;
        private long[] subjects = new long[1024];
        private final List<Node> labels = new ArrayList<>();
        private NodeId lastObject;
        private Node label;

        Builder(NodeTable nodes) {
            this.nodes = nodes;
        }

        @Override
        public boolean visit(NodeId object, NodeId subject) {
            if (lastObject == null || !StoreColumns.sameTerm(object, lastObject)) {
                label = nodes.getNodeForNodeId(object);
                lastObject = object;
            }
            if (labels.size() == subjects.length) {
                subjects = Arrays.copyOf(subjects, subjects.length * 2);
            }
            subjects[labels.size()] = subject.getPtrLocation();
            labels.add(label);
            return true;
        }

        @Override
        public LabelColumn build() {
            return new LabelColumn(Arrays.copyOf(subjects, labels.size()), labels.toArray(Node[]::new));
        }
    }

    @Override
    public int size() {
        return subjects.length;
    }

    Node label(int i) {
        return labels[i];
    }

    /** The i-th subject, looked up in the store's {@link StoreColumns#nodeTable} (inside a read transaction). */
    Node subject(int i, NodeTable nodes) {
        return nodes.getNodeForNodeId(NodeIdFactory.createPtr(subjects[i]));
    }
}
