package org.internkg.explore;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Cytoscape element JSON, built on the server so the transformation is tested in Java. */
final class ElementJson {

    private ElementJson() {
    }

    /** A node: {@code data.id} is the resource IRI; {@code classes} carries the type (styling) and state. */
    record NodeElement(NodeData data, String classes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NodeData(String id, String label, String labelZh, String type, String typeIri, String typeLabel,
                    String huggingFaceId, Integer order) {
    }

    record EdgeElement(EdgeData data, String classes) {
    }

    /** An edge: {@code id} is subject, predicate and object joined, so the same fact never appears twice. */
    record EdgeData(String id, String source, String target, String predicate, String label) {

        static EdgeData of(String source, String predicate, String target, String label) {
            return new EdgeData(source + " " + predicate + " " + target, source, target, predicate, label);
        }
    }
}
