package org.internkg.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.export.RdfOutput;
import org.internkg.resource.PageModel.Link;
import org.internkg.resource.PageModel.Text;
import org.internkg.resource.PageModel.Value;

/**
 * Turns RDF terms into what a page shows: IRIs into links labelled from the store (English first), literals into
 * texts with their language. Lives for one page, inside its read transaction.
 */
final class Labels {

    private final DatasetGraph dataset;
    private final PublicLinks links;
    private final Map<Node, Link> cache = new HashMap<>();

    Labels(DatasetGraph dataset, PublicLinks links) {
        this.dataset = dataset;
        this.links = links;
    }

    Link link(Node iri) {
        return cache.computeIfAbsent(iri, this::computeLink);
    }

    Value value(Node node) {
        if (node.isURI()) {
            return new Value(link(node), null, null);
        }
        if (node.isLiteral()) {
            String datatype = node.getLiteralDatatypeURI();
            boolean plain = datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())
                    || datatype.equals(RDF.langString.getURI());
            return new Value(null, text(node), plain ? null : RdfOutput.PREFIXES.abbreviate(datatype));
        }
        return new Value(null, new Text("(blank node)", null), null);
    }

    /** Every literal value of {@code subject property} across the graphs, once each, English first then Chinese. */
    List<Text> texts(Node subject, Node property) {
        Set<Node> literals = new LinkedHashSet<>();
        dataset.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(quad -> {
            if (quad.getObject().isLiteral()) {
                literals.add(quad.getObject());
            }
        });
        List<Node> sorted = new ArrayList<>(literals);
        sorted.sort(Comparator.comparingInt(Labels::languageRank).thenComparing(Node::getLiteralLexicalForm));
        return sorted.stream().map(Labels::text).toList();
    }

    /** The short name of an IRI with no label: its prefixed name, else the IRI. */
    static String shortName(String iri) {
        String abbreviated = RdfOutput.PREFIXES.abbreviate(iri);
        return abbreviated == null ? iri : abbreviated;
    }

    static Text text(Node literal) {
        String lang = literal.getLiteralLanguage();
        return new Text(literal.getLiteralLexicalForm(), lang == null || lang.isEmpty() ? null : lang);
    }

    private Link computeLink(Node iri) {
        List<Text> labels = texts(iri, RDFS.label.asNode());
        Text best = labels.isEmpty() ? new Text(shortName(iri.getURI()), null) : labels.get(0);
        String href = PublicLinks.isBrowsable(iri.getURI()) ? links.of(iri.getURI()) : null;
        return new Link(href, best.text(), best.lang(), iri.getURI());
    }

    private static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        if (lang.equals("en") || lang.startsWith("en-")) {
            return 0;
        }
        if (lang.isEmpty()) {
            return 1;
        }
        return lang.equals("zh") || lang.startsWith("zh-") ? 2 : 3;
    }
}
