package org.internkg.resource;

import java.util.List;

/**
 * What a linked-data page shows, ready for the template: every string here is data and is escaped when rendered.
 * Nulls and empty lists render as nothing.
 */
public final class PageModel {

    private PageModel() {
    }

    /** A text in a language ({@code lang} null when the literal has none). */
    public record Text(String text, String lang) {
    }

    /** A link to a resource: {@code href} null when the IRI is not one a browser should follow (not http or https). */
    public record Link(String href, String text, String lang, String iri) {
    }

    /** An RDF term as shown: a link for an IRI, a text (with its datatype when not a plain string) for a literal. */
    public record Value(Link link, Text literal, String datatype) {
    }

    /** Where a statement comes from, and how sure that source is (null confidence: stated verbatim in a primary source). */
    public record Provenance(Link source, String documentUrl, String confidence, String note) {
    }

    /** A statement on the page: the predicate and the other end, with every graph that states it. */
    public record Statement(Link predicate, Value value, List<Provenance> sources, boolean disputed) {
    }

    /** A value another source reports for a property of this resource. */
    public record Reported(Link property, Value value, Provenance source, String note) {
    }

    /** One fact of a graph, for the pages of source graphs and of the ontology. */
    public record Fact(Link subject, Link predicate, Value object) {
    }

    /** The contents of a named graph: for a source document its document, retrieval and commit; its first facts. */
    public record GraphContents(boolean source, String documentUrl, String retrievedOn, String commit, long factCount, List<Fact> facts,
            boolean truncated, String dataUrl) {
    }

    /** What a vocabulary term adds: comments in every language, domain and range, and for classes the instance count (null for properties). */
    public record Term(List<Text> comments, List<Link> domains, List<Link> ranges, String instanceCount) {
    }

    /** A download of the description in one syntax. */
    public record Download(String href, String name) {
    }

    /** The whole page. */
    public record Page(String iri, String title, String titleLang, List<Text> labels, List<Text> altLabels,
            List<Link> types, List<Text> descriptions, Term term, GraphContents graph, List<Statement> outgoing,
            List<Statement> incoming, List<Reported> reported, List<Download> downloads, String explorerUrl,
            String cssUrl, String homeUrl) {
    }

    /** The page for an IRI the store does not know. */
    public record NotFound(String iri, String homeUrl, String cssUrl) {
    }
}
