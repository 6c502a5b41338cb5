package org.internkg.explore;

/** No fact in the knowledge base mentions the requested IRI: 404. */
public class UnknownResourceException extends RuntimeException {

    private final String iri;

    public UnknownResourceException(String iri) {
        super("No resource <" + iri + "> in the knowledge base.");
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }
}
