package org.internkg.changes;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * A value in a fact: an IRI or literal as it is, or a blank node replaced by what it says (its outgoing statements,
 * sorted, blank objects again by content). Two blank nodes that say the same thing are the same term, whatever their
 * labels: that is how a reified statement or a support record is matched between two versions.
 *
 * @param node  the IRI or literal; null for a blank node
 * @param parts the statements of a blank node, sorted; null for an IRI or literal
 */
public record Term(Node node, List<Part> parts) implements Comparable<Term> {

    /** One statement of a blank node: its predicate and value. */
    public record Part(Node predicate, Term value) {
    }

    static final Comparator<Node> NODE_ORDER = Comparator.comparing(Term::sortKey);
    /** {@code rdf:type} first (it reads as "a …"), then by predicate IRI and value. */
    private static final Comparator<Part> PART_ORDER = Comparator.comparing((Part p) -> !p.predicate().equals(RDF.type.asNode()))
            .thenComparing(Part::predicate, NODE_ORDER).thenComparing(Part::value);

    public static Term of(Node node) {
        return new Term(node, null);
    }

    static Term blank(List<Part> parts) {
        return new Term(null, parts.stream().sorted(PART_ORDER).toList());
    }

    public boolean isBlank() {
        return parts != null;
    }

    /** The value of {@code predicate} among a blank node's parts, if it has exactly one. */
    public Term part(Node predicate) {
        if (parts == null) {
            return null;
        }
        List<Term> values = parts.stream().filter(p -> p.predicate().equals(predicate)).map(Part::value).toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    @Override
    public int compareTo(Term other) {
        if (isBlank() != other.isBlank()) {
            return isBlank() ? 1 : -1;
        }
        if (!isBlank()) {
            return NODE_ORDER.compare(node, other.node);
        }
        for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
            int c = PART_ORDER.compare(parts.get(i), other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    /** IRIs first, then literals, by their N-Triples form: a total order that does not depend on parsing. */
    static String sortKey(Node node) {
        return (node.isURI() ? "0" : node.isLiteral() ? "1" : "2") + node.toString();
    }
}
