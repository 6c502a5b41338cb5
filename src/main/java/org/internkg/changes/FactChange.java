package org.internkg.changes;

import org.apache.jena.graph.Node;

/**
 * One difference between two versions. An added fact has only {@code after}, a removed one only {@code before};
 * a changed fact is one value replaced by another in the same source, subject and predicate (a new release date).
 */
public record FactChange(Kind kind, Node source, Node subject, Node predicate, Term before, Term after) {

    /** What happened to the fact, with the sign the text output and the page use. */
    public enum Kind {
        ADDED("+"), REMOVED("-"), CHANGED("~");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
