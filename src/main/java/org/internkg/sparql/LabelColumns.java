package org.internkg.sparql;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's {@link LabelColumn}s, each kept for the version of the data it was read from. A query uses a column
 * only when its own transaction sees that very version, so its answer never mixes data of two versions. The first
 * label filter on a property after a write starts reading the column in the background and scans the store itself,
 * as it would without columns: no query waits for a column, and none is slower than before.
 */
final class LabelColumns {

    private static final Logger log = LoggerFactory.getLogger(LabelColumns.class);

    /** The label properties of the vocabulary; a filter over any other property runs as it would without this. */
    static final Set<Node> PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private record Kept(long version, LabelColumn column) {
    }

    private final Map<Node, Kept> kept = new ConcurrentHashMap<>();
    private final Set<Node> reading = ConcurrentHashMap.newKeySet();
    private final DatasetGraph store;
    private final int limit;
    private final Executor reader;

    /** Columns of at most {@code limit} statements, read on a background thread. */
    LabelColumns(DatasetGraph store, int limit) {
        this(store, limit, work -> WarmUp.inBackground("label-column", work));
    }

    /** Columns read by {@code reader} (tests read them on the calling thread, inside its transaction). */
    LabelColumns(DatasetGraph store, int limit, Executor reader) {
        this.store = store;
        this.limit = limit;
        this.reader = reader;
    }

    /** The property's column for the data the caller's read transaction sees; null if there is none (yet). */
    LabelColumn column(Node property, DatasetGraph dsg) {
        long version = LabelColumn.dataVersion(dsg);
        if (version < 0) {
            return null;
        }
        Kept now = kept.get(property);
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

    /** Hands the read to the reader unless one is under way; whether it did. */
    private boolean startReading(Node property) {
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
            Kept read = new Kept(LabelColumn.dataVersion(store), LabelColumn.read(store, property, limit));
            kept.merge(property, read, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
            if (read.column() != null) {
                log.info("Labels kept for SPARQL filters: {} statements of <{}> at data version {}, read in {} ms",
                        read.column().size(), property.getURI(), read.version(), (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** Whether a column of the property is held, for any version. */
    boolean holds(Node property) {
        Kept now = kept.get(property);
        return now != null && now.column() != null;
    }
}
