package org.internkg.export;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.internkg.format.Format;
import org.internkg.graph.Ikg;

/**
 * What a {@code /data} request asks for: the whole dataset, the default graph (the union of all graphs) or one
 * named graph. Built from the request parameters and validated before the store is touched.
 *
 * @param scope what is selected
 * @param graph the named graph, only for {@link Scope#NAMED}
 */
public record GraphSelection(Scope scope, Node graph) {

    public enum Scope { DATASET, DEFAULT, NAMED }

    private static final List<Format> GRAPH_FORMATS =
            List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);
    private static final List<Format> DATASET_FORMATS = List.of(Format.TRIG, Format.NQ, Format.JSONLD);

    /**
     * @param defaultParameter the {@code default} parameter: null when absent, any value (usually empty) when present
     * @param graphParameter   the {@code graph} parameter, or null
     * @throws InvalidGraphRequestException for both parameters at once, or a graph name that is not an absolute IRI
     */
    public static GraphSelection of(String defaultParameter, String graphParameter) {
        if (defaultParameter != null && graphParameter != null) {
            throw new InvalidGraphRequestException("use either ?default or ?graph=IRI, not both");
        }
        if (defaultParameter != null) {
            return new GraphSelection(Scope.DEFAULT, null);
        }
        if (graphParameter == null) {
            return new GraphSelection(Scope.DATASET, null);
        }
        try {
            IRIx iri = IRIx.create(graphParameter);
            if (!iri.isAbsolute()) {
                throw new InvalidGraphRequestException("graph=" + graphParameter + " is not an absolute IRI");
            }
        } catch (IRIException e) {
            throw new InvalidGraphRequestException("graph=" + graphParameter + " is not a valid IRI: " + e.getMessage());
        }
        return new GraphSelection(Scope.NAMED, NodeFactory.createURI(graphParameter));
    }

    /** The formats this selection can be written in, the default first. */
    public List<Format> formats() {
        return scope == Scope.DATASET ? DATASET_FORMATS : GRAPH_FORMATS;
    }

    /** {@code internkg-<slug>.<suffix>}: the source's slug for a source graph, {@code ontology} for the TBox. */
    public String fileName(Format format) {
        return "internkg-" + slug() + "." + format.fileSuffix();
    }

    private String slug() {
        return switch (scope) {
            case DATASET -> "dataset";
            case DEFAULT -> "default";
            case NAMED -> namedSlug(graph.getURI());
        };
    }

    private static String namedSlug(String iri) {
        if (iri.equals(Ikg.DEF)) {
            return "ontology";
        }
        String tail = iri.startsWith(Ikg.SOURCE) ? iri.substring(Ikg.SOURCE.length())
                : iri.startsWith(Ikg.NS) ? iri.substring(Ikg.NS.length()) : iri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:/*", "");
        String slug = tail.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "graph" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
