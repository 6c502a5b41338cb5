package org.internkg.sparql;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.internkg.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's columns of one kind ({@link LabelColumn}s, {@link ValueColumn}s), one per property, each kept for the
 * version of the data it was read from. A query uses a column only when its own transaction sees that very
 * version, so its answer never mixes data of two versions. The first query that could use a property's column after
 * a write starts reading it in the background and is answered from the store itself, as it would be without
 * columns: no query waits for a column, and none is slower than before.
 */
final class StoreColumns<C extends StoreColumns.Column> {

    private static final Logger log = LoggerFactory.getLogger(StoreColumns.class);

    /** Where the subject and the object are in TDB2's quad tuples (graph, subject, predicate, object). */
    static final int S = 1;
    static final int O = 3;

    /**
     * Whether two node ids stand for the same term. TDB2's {@code NodeId.equals} compares the value bits alone, so
     * {@code "7"^^xsd:int} and {@code 7} (an xsd:integer), both kept in their ids, would be equal.
     */
    static boolean sameTerm(NodeId a, NodeId b) {
        return a.equals(b) && a.getTypeValue() == b.getTypeValue();
    }

    /** A property's statements held in memory. */
    interface Column {
        int size();
    }

    /**
     * Builds one column from a property's statements as {@link #readStatements} gives them; {@code visit} returning
     * false means the property is not to be held (a value of the wrong kind).
     */
    interface ColumnBuilder<C> extends StatementVisitor {
        C build();
    }

    /** A new builder of one kind of column, reading nodes from the store's node table. */
    interface Builders<C> {
        ColumnBuilder<C> start(NodeTable nodes);
    }

    private record Kept<C>(long version, C column) {
    }

    private final Map<Node, Kept<C>> kept = new ConcurrentHashMap<>();
    private final Set<Node> reading = ConcurrentHashMap.newKeySet();
    private final DatasetGraph store;
    private final String kind;
    private final Builders<C> builders;
    private final int limit;
    private final int maxProperties;
    private final Executor reader;

    /**
     * Columns of at most {@code limit} statements, for at most {@code maxProperties} properties, read by
     * {@code reader} (a background thread in the server; tests read on the calling thread, inside its transaction).
     * {@code kind} names them in the log.
     */
    StoreColumns(DatasetGraph store, String kind, Builders<C> builders, int limit, int maxProperties, Executor reader) {
        this.store = store;
        this.kind = kind;
        this.builders = builders;
        this.limit = limit;
        this.maxProperties = maxProperties;
        this.reader = reader;
    }

    /** Columns read on a background thread named after their kind. */
    static <C extends Column> StoreColumns<C> inBackground(DatasetGraph store, String kind, Builders<C> builders,
                                                          int limit, int maxProperties) {
        return new StoreColumns<>(store, kind, builders, limit, maxProperties,
                work -> WarmUp.inBackground("column-" + kind, work));
    }

    /** The property's column for the data the caller's read transaction sees; null if there is none (yet). */
    C column(Node property, DatasetGraph dsg) {
        long version = dataVersion(dsg);
        if (version < 0) {
            return null;
        }
        Kept<C> now = kept.get(property);
        if (now != null && now.version() == version) {
            return now.column();
        }
        // a query still on older data than the kept column leaves it in place
        if ((now == null || now.version() < version) && startReading(property)) {
            now = kept.get(property);
            return now != null && now.version() == version ? now.column() : null;
        }
        return null;
    }

    /** Starts reading the property's column now (once the server is ready), unless one is held or being read. */
    void warm(Node property) {
        if (!holds(property)) {
            startReading(property);
        }
    }

    /** Hands the read to the reader unless one is under way or the properties held are at their cap; whether it did. */
    private boolean startReading(Node property) {
        if (!kept.containsKey(property) && kept.size() + reading.size() >= maxProperties) {
            return false;
        }
        if (!reading.add(property)) {
            return false;
        }
        reader.execute(() -> {
            try {
                read(property);
            } finally {
                reading.remove(property);
            }
        });
        return true;
    }

    private void read(Node property) {
        long started = System.nanoTime();
        Txn.executeRead(store, () -> {
            Kept<C> read = new Kept<>(dataVersion(store), readColumn(property));
            kept.merge(property, read, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
            if (read.column() != null) {
                log.info("{} kept for SPARQL: {} statements of <{}> at data version {}, read in {} ms", kind,
                        read.column().size(), property.getURI(), read.version(), (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * The property's column, read inside the caller's read transaction; null when the store is not TDB2, the
     * property has more than {@code limit} statements, a subject is not a node-table place or the builder refuses it.
     */
    private C readColumn(Node property) {
        if (TDBInternal.getDatasetGraphTDB(store) == null) {
            return null;
        }
        ColumnBuilder<C> builder = builders.start(nodeTable(store));
        return readStatements(property, builder) ? builder.build() : null;
    }

    /** Whether a column of the property is held, for any version. */
    boolean holds(Node property) {
        Kept<C> now = kept.get(property);
        return now != null && now.column() != null;
    }

    /** The version of the data the caller's read transaction sees, or -1 when the store is not TDB2. */
    static long dataVersion(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb == null ? -1 : tdb.getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /** Receives a property's statements; returning false stops the reading. */
    interface StatementVisitor {
        boolean visit(NodeId object, NodeId subject);
    }

    /**
     * Gives each statement of the property in the union of the TDB2 store's graphs once, however many graphs state it,
     * as a query over the union graph sees them: in the order of the POSG index (by object, then subject). Whether
     * every statement was given: false when there are more than {@code limit}, a subject is not a node-table place
     * (a literal subject, which RDF does not allow but a store could hold), or the visitor stopped the reading.
     */
    private boolean readStatements(Node property, StatementVisitor visitor) {
        TupleIndex posg = TDBInternal.findIndex(store, "POSG");
        NodeId p = nodeTable(store).getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(p)) {
            return true;
        }
        Tuple<NodeId> previous = null;
        int given = 0;
        Iterator<Tuple<NodeId>> it = posg.find(TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            // sorted by object, subject, then graph: a statement made in several graphs comes in a run
            if (previous != null && sameTerm(previous.get(O), t.get(O)) && sameTerm(previous.get(S), t.get(S))) {
                continue;
            }
            if (given++ == limit || !t.get(S).isPtr() || !visitor.visit(t.get(O), t.get(S))) {
                return false;
            }
            previous = t;
        }
        return true;
    }

    static NodeTable nodeTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
    }
}
