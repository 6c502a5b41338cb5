package org.internkg.changes;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One side of a comparison: what the user named, what kind of version it is, its date where known, and its data.
 *
 * @param id    as the user named it ({@code 2026.11.0}, a source graph IRI, a file, {@code live})
 * @param kind  data release, source version, file or the live store
 * @param date  the release date, the source's retrieval or generation date, or null
 * @param data  the quads, in memory
 * @param scope the source keys a single source version stands for; null for a whole dataset
 */
public record Version(String id, VersionKind kind, String date, DatasetGraph data, Set<Node> scope) {

    /** The part a person reads: {@code 2026.11.0 (data release, 2026-11-28)}. */
    public String describe() {
        return id + " (" + kind.description() + (date == null ? "" : ", " + date) + ")";
    }
}
