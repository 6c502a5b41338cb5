package org.internkg.changes;

import org.apache.jena.graph.Node;

/**
 * One fact of a version, as {@code diff} compares it: in a source ({@code source} is the named graph, or the document
 * all versions of that graph are versions of), a subject, a predicate and a value. A blank node nobody points at
 * (a reified {@code rdf:Statement}) is a fact of its own: its {@code predicate} is null and its {@code subject} is the
 * resource it is about ({@code rdf:subject}), or null.
 */
public record Fact(Node source, Node subject, Node predicate, Term value) {

    /** The facts that can be one fact changed: same source, subject and predicate. */
    record Slot(Node source, Node subject, Node predicate) {
    }

    Slot slot() {
        return new Slot(source, subject, predicate);
    }
}
