package org.internkg.changes;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.internkg.export.RdfOutput;
import org.internkg.graph.Ikg;

/**
 * The readable form of a change set, for a terminal: a header naming both sides, the counts, then one block per
 * resource (prefixed name and label) with one line per change: {@code +} added, {@code -} removed, {@code ~} changed
 * (old → new), each ending with its source document.
 */
public final class ChangesText {

    /** The output prefixes plus the instance and source namespaces, so that IRIs read as {@code model:x}, {@code src:y}. */
    static final PrefixMap PREFIXES = prefixes();

    private ChangesText() {
    }

    public static void print(ChangeSet set, PrintWriter out) {
        out.println("--- " + set.from().description());
        out.println("+++ " + set.to().description());
        out.printf("%d added, %d removed, %d changed%n", set.count(FactChange.Kind.ADDED), set.count(FactChange.Kind.REMOVED),
                set.count(FactChange.Kind.CHANGED));
        for (Map.Entry<Node, List<FactChange>> group : set.bySubject().entrySet()) {
            out.println();
            Node subject = group.getKey();
            out.println(subject.equals(ChangeSet.NO_SUBJECT) ? "(about no resource)" : withLabel(set, subject));
            for (FactChange change : group.getValue()) {
                out.println("  " + line(set, change));
            }
        }
        out.flush();
    }

    /** One change: sign, predicate, value(s) and source, such as {@code ~ schema:datePublished "2024-06-30"^^xsd:date → "2024-07-03"^^xsd:date  [src:x <https://…>]}. */
    static String line(ChangeSet set, FactChange change) {
        String what = change.predicate() == null ? "statement" : name(change.predicate());
        String value = switch (change.kind()) {
            case ADDED -> term(set, change.after());
            case REMOVED -> term(set, change.before());
            case CHANGED -> term(set, change.before()) + " → " + term(set, change.after());
        };
        return change.kind().sign() + " " + what + " " + value + "  " + source(set.earlierSourceOf(change), set.sourceOf(change));
    }

    private static String source(SourceInfo earlier, SourceInfo info) {
        String later = describe(info);
        return earlier == null ? "[" + later + "]" : "[" + describe(earlier) + " → " + later + "]";
    }

    private static String describe(SourceInfo info) {
        if (info == null) {
            return "no source";
        }
        if (info.graph() == null) {
            return info.label();
        }
        String name = name(org.apache.jena.graph.NodeFactory.createURI(info.graph()));
        return info.document() == null ? name : name + " <" + info.document() + ">";
    }

    static String withLabel(ChangeSet set, Node node) {
        String label = set.label(node);
        return label == null ? name(node) : name(node) + " (" + label + ")";
    }

    static String term(ChangeSet set, Term term) {
        if (!term.isBlank()) {
            Node node = term.node();
            return node.isURI() && !node.equals(Ikg.ONTOLOGY_GRAPH) && !node.getURI().startsWith(Ikg.DEF)
                    && !node.getURI().startsWith(RDF.getURI()) ? withLabel(set, node) : literalOrName(node);
        }
        return term.parts().stream().map(p -> (p.predicate().equals(RDF.type.asNode()) ? "a" : name(p.predicate())) + " " + term(set, p.value()))
                .collect(Collectors.joining(" ; ", "[ ", " ]"));
    }

    private static String literalOrName(Node node) {
        return node.isURI() ? name(node) : literal(node);
    }

    /** A prefixed name where a prefix fits, else the IRI in angle brackets. */
    static String name(Node iri) {
        if (!iri.isURI()) {
            return literal(iri);
        }
        String abbreviated = PREFIXES.abbreviate(iri.getURI());
        return abbreviated == null || abbreviated.contains("/") ? "<" + iri.getURI() + ">" : abbreviated;
    }

    /** Turtle's form of a literal, with the datatype as a prefixed name and strings without one. */
    static String literal(Node node) {
        if (!node.isLiteral()) {
            return node.toString();
        }
        String quoted = "\"" + node.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return quoted + "@" + lang;
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
            return quoted;
        }
        if (datatype.equals(XSDDatatype.XSDboolean.getURI()) || datatype.equals(XSDDatatype.XSDinteger.getURI())) {
            return node.getLiteralLexicalForm();
        }
        return quoted + "^^" + name(org.apache.jena.graph.NodeFactory.createURI(datatype));
    }

    private static PrefixMap prefixes() {
        PrefixMap map = PrefixMapFactory.create(RdfOutput.PREFIXES);
        map.delete("id");
        for (String type : List.of("model", "family", "tool", "release", "dataset", "benchmark", "paper", "platform", "course",
                "lesson", "stage", "concept", "technique", "scheme")) {
            map.add(type, Ikg.ID + type + "/");
        }
        map.add("organization", Ikg.ID + "org/");
        map.add("src", Ikg.SOURCE);
        map.add("schema", "https://schema.org/");
        return map;
    }
}
