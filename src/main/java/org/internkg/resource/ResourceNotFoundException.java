package org.internkg.resource;

/** An IRI of our namespace that the store does not mention (HTTP 404; browsers get a page with a search form). */
public class ResourceNotFoundException extends RuntimeException {

    private final String iri;
    private final boolean html;

    public ResourceNotFoundException(String iri, boolean html) {
        super("InternKG has nothing about <" + iri + ">");
        this.iri = iri;
        this.html = html;
    }

    public String iri() {
        return iri;
    }

    /** Whether the client asked for the HTML page. */
    public boolean html() {
        return html;
    }
}
