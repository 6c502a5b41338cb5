package org.internkg.sparql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The statements of one numeric property in the union of a TDB2 store's graphs, held in memory sorted by value and
 * then by subject, in the order {@code ORDER BY ?value ?subject} gives them ({@link NodeValue#compareAlways}, each
 * statement once however many graphs state it). A leaderboard query ({@code ORDER BY DESC(?score) LIMIT 10}) can
 * then walk the values from the top and stop after ten rows instead of reading every candidate ({@link RankedScan}).
 * <p>
 * Held only when every value is a number of one kind: all exact (integers and decimals), all doubles or all
 * floats, and no NaN. There comparison is a total order, so the sort here and ARQ's sort of the rows agree; mixed
 * kinds (a decimal and a double may compare equal while the decimals differ) and other values are left to ARQ.
 */
final class ValueColumn implements StoreColumns.Column {

    /** Beyond this many statements a property is not held. A statement takes 8 bytes, a distinct value about 36. */
    static final int MAX_STATEMENTS = 4_000_000;

    /** How many properties a store keeps columns of. */
    static final int MAX_PROPERTIES = 16;

    private enum Kind { EXACT, DOUBLE, FLOAT }

    /**
     * The statements in groups of one value each, the groups in ascending value order and each group's subjects in
     * ascending order as terms, so that {@code ORDER BY DESC(?score) ?model} is a walk too. Group g is
     * {@code subjects[starts[g]]} to {@code subjects[starts[g + 1] - 1]}, all with value {@code values[g]}; subjects
     * are node-table places, values node ids (most of them inline).
     */
    private final long[] subjects;
    private final int[] starts;
    private final NodeId[] values;

    private ValueColumn(long[] subjects, int[] starts, NodeId[] values) {
        this.subjects = subjects;
        this.starts = starts;
        this.values = values;
    }

    /** A builder of one column, for {@link StoreColumns}: it reads and checks the statements as they come. */
    static StoreColumns.ColumnBuilder<ValueColumn> builder(NodeTable nodes) {
        return new Builder(nodes);
    }

    /** One value's statements: the value and its subjects (places), sorted by subject as terms. */
    private record Group(NodeId id, NodeValue value, long[] subjects) {
    }

    /** Collects the statements a value at a time (they come sorted by value id, then subject id), then sorts them. */
    private static final class Builder implements StoreColumns.ColumnBuilder<ValueColumn> {
        private final NodeTable nodes;
        private final List<Group> groups = new ArrayList<>();
        private long[] subjects = new long[16];
        private int inGroup;
        private int statements;
        private NodeId id;
        private NodeValue value;
        private Kind kind;

        Builder(NodeTable nodes) {
            this.nodes = nodes;
        }

        @Override
        public boolean visit(NodeId object, NodeId subject) {
            if (id == null || !StoreColumns.sameTerm(object, id)) {
                endGroup();
                Node node = nodes.getNodeForNodeId(object);
                NodeValue objectValue = node.isLiteral() ? NodeValue.makeNode(node) : null;
                Kind valueKind = kindOf(objectValue);
                if (valueKind == null || (kind != null && kind != valueKind)) {
                    return false;
                }
                kind = valueKind;
                id = object;
                value = objectValue;
            }
            if (inGroup == subjects.length) {
                subjects = Arrays.copyOf(subjects, subjects.length * 2);
            }
            subjects[inGroup++] = subject.getPtrLocation();
            statements++;
            return true;
        }

        private void endGroup() {
            if (inGroup == 0) {
                return;
            }
            long[] places = Arrays.copyOf(subjects, inGroup);
            if (places.length > 1) {
                sortAsTerms(places);
            }
            groups.add(new Group(id, value, places));
            inGroup = 0;
        }

        /** Sorts node-table places by their nodes, as ORDER BY sorts the subjects. */
        private void sortAsTerms(long[] places) {
            record Place(long place, NodeValue term) {
            }
            Place[] terms = new Place[places.length];
            for (int i = 0; i < places.length; i++) {
                terms[i] = new Place(places[i], NodeValue.makeNode(nodes.getNodeForNodeId(NodeIdFactory.createPtr(places[i]))));
            }
            Arrays.sort(terms, (a, b) -> NodeValue.compareAlways(a.term(), b.term()));
            for (int i = 0; i < places.length; i++) {
                places[i] = terms[i].place();
            }
        }

        @Override
        public ValueColumn build() {
            endGroup();
            groups.sort((a, b) -> NodeValue.compareAlways(a.value(), b.value()));
            long[] all = new long[statements];
            int[] starts = new int[groups.size() + 1];
            NodeId[] values = new NodeId[groups.size()];
            int at = 0;
            for (int g = 0; g < groups.size(); g++) {
                starts[g] = at;
                values[g] = groups.get(g).id();
                long[] places = groups.get(g).subjects();
                System.arraycopy(places, 0, all, at, places.length);
                at += places.length;
            }
            starts[groups.size()] = at;
            return new ValueColumn(all, starts, values);
        }
    }

    private static Kind kindOf(NodeValue value) {
        if (value == null || !value.isNumber()) {
            return null;
        }
        if (value.isInteger() || value.isDecimal()) {
            return Kind.EXACT;
        }
        if (value.isDouble()) {
            return Double.isNaN(value.getDouble()) ? null : Kind.DOUBLE;
        }
        return value.isFloat() && !Float.isNaN(value.getFloat()) ? Kind.FLOAT : null;
    }

    @Override
    public int size() {
        return subjects.length;
    }

    /** How many distinct values there are. */
    int groups() {
        return values.length;
    }

    /** The first statement of group g (in ascending value order); the group ends where group g + 1 starts. */
    int start(int g) {
        return starts[g];
    }

    /** The value of group g (inside a read transaction). */
    Node value(int g, NodeTable nodes) {
        return nodes.getNodeForNodeId(values[g]);
    }

    /** The i-th subject, looked up in the store's node table (inside a read transaction). */
    Node subject(int i, NodeTable nodes) {
        return nodes.getNodeForNodeId(NodeIdFactory.createPtr(subjects[i]));
    }

    /** The node-table place of the i-th subject. */
    long subjectPlace(int i) {
        return subjects[i];
    }
}
