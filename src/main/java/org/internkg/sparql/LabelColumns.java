package org.internkg.sparql;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * One store's {@link LabelColumn}s, each read at the first label filter on its property after a write and kept
 * for that version of the data. The version is the one the query's own transaction sees, so a query never reads
 * a column of data newer or older than the rest of its answer.
 */
final class LabelColumns {

    /** The label properties of the vocabulary; a filter over any other property runs as it would without this. */
    static final Set<Node> PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private record Kept(long version, LabelColumn column) {
    }

    private final Map<Node, Kept> kept = new ConcurrentHashMap<>();
    private final int limit;

    LabelColumns(int limit) {
        this.limit = limit;
    }

    /** Whether a column of the property is held, for any version (tests). */
    boolean holds(Node property) {
        Kept now = kept.get(property);
        return now != null && now.column() != null;
    }

    /** The property's column for the data the caller's read transaction sees; null if it is not held. */
    LabelColumn column(Node property, DatasetGraph dsg) {
        long version = LabelColumn.dataVersion(dsg);
        if (version < 0) {
            return null;
        }
        Kept now = kept.get(property);
        if (now != null && now.version() == version) {
            return now.column();
        }
        synchronized (this) {
            now = kept.get(property);
            if (now != null && now.version() == version) {
                return now.column();
            }
            LabelColumn column = LabelColumn.read(dsg, property, limit);
            // a query still on older data than the kept column reads its own and leaves the newer one in place
            if (now == null || version > now.version()) {
                kept.put(property, new Kept(version, column));
            }
            return column;
        }
    }
}
