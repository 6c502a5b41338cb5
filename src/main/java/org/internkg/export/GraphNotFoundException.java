package org.internkg.export;

/** The store has no graph of that name (HTTP 404). */
public class GraphNotFoundException extends RuntimeException {

    public GraphNotFoundException(String graph) {
        super("no graph named <" + graph + "> in the store");
    }
}
