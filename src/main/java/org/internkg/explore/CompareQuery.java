package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.explore.GraphLookup.SourceRef;
import org.internkg.explore.ResourceFactsQuery.Value;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Two models side by side, one row per question a reader asks (family, size, context, date, licence, base model,
 * tools, benchmarks …); every value in a cell carries the source graphs that state it, and the values other
 * official sources report instead.
 */
@Component
class CompareQuery {

    private static final Node MODEL = Ikg.term("Model");
    private static final String SCHEMA = "https://schema.org/";

    /**
     * A row: the properties read for it, and whether they point at the model ({@code inverse}: tools supporting
     * it; tools mostly state support for a whole family, so those count too, marked with {@code via}).
     */
    private record RowSpec(String key, String label, List<Node> properties, boolean inverse) {
    }

    private static final Node FAMILY = Ikg.term("family");

    private static final List<RowSpec> ROWS = List.of(
            row("family", "Family", "family"),
            row("variant", "Variant", "variant"),
            row("size", "Size", "sizeLabel", "parameterCount"),
            row("contextLength", "Context length", "contextLength", "contextNote"),
            new RowSpec("date", "Released", List.of(NodeFactory.createURI(SCHEMA + "datePublished")), false),
            new RowSpec("license", "Licence", List.of(DCTerms.license.asNode(), Ikg.term("licenseNote")), false),
            row("baseModel", "Base model", "derivedFrom", "builtOn"),
            row("huggingFaceId", "Hugging Face", "huggingFaceId"),
            new RowSpec("tools", "Supported by", List.of(Ikg.term("supportsModel")), true),
            row("benchmarks", "Benchmarks", "evaluatedOn", "benchmarkResult"),
            row("trainedOn", "Trained on", "trainedOn"),
            row("paper", "Paper", "paper"));

    private static RowSpec row(String key, String label, String... locals) {
        return new RowSpec(key, label, java.util.Arrays.stream(locals).map(Ikg::term).toList(), false);
    }

    private final KnowledgeBase kb;

    CompareQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    record Header(String iri, LangLabels label, String huggingFaceId, String page) {
    }

    /** {@code via}: the family through which a tool supports the model, when it states support for the family. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellValue(Value value, String property, List<SourceRef> sources, String confidence, Value via) {
    }

    record ReportedCellValue(Value value, String property, List<SourceRef> sources) {
    }

    record Cell(List<CellValue> values, List<ReportedCellValue> reported) {
    }

    /** {@code same}: both cells hold the same values (and at least one). */
    record Row(String key, String label, Cell a, Cell b, boolean same) {
    }

    record Comparison(Header a, Header b, List<Row> rows) {
    }

    Comparison compare(Node a, Node b) {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            requireModel(lookup, "a", a);
            requireModel(lookup, "b", b);
            List<Row> rows = new ArrayList<>();
            for (RowSpec spec : ROWS) {
                Cell ca = cell(ds, lookup, a, spec);
                Cell cb = cell(ds, lookup, b, spec);
                Set<String> va = keys(ca);
                rows.add(new Row(spec.key(), spec.label(), ca, cb, !va.isEmpty() && va.equals(keys(cb))));
            }
            return new Comparison(header(lookup, a), header(lookup, b), rows);
        });
    }

    private static void requireModel(GraphLookup lookup, String name, Node node) {
        if (!lookup.mentions(node)) {
            throw new UnknownResourceException(node.getURI());
        }
        if (!lookup.union().contains(node, RDF.type.asNode(), MODEL)) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' must name a model (ikg:Model): <"
                    + node.getURI() + "> is not one.");
        }
    }

    private static Header header(GraphLookup lookup, Node n) {
        return new Header(n.getURI(), lookup.labels(n), lookup.firstLiteral(n, GraphLookup.HUGGING_FACE_ID),
                ResourceFactsQuery.pagePath(n.getURI()));
    }

    private static Set<String> keys(Cell c) {
        Set<String> out = new LinkedHashSet<>();
        c.values().forEach(v -> out.add(v.value().iri() != null ? v.value().iri() : v.value().value()));
        return out;
    }

    private static Cell cell(Dataset ds, GraphLookup lookup, Node model, RowSpec spec) {
        DatasetGraph dsg = ds.asDatasetGraph();
        List<CellValue> values = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> focuses = new ArrayList<>(List.of(model));
        if (spec.inverse()) {
            lookup.union().find(model, FAMILY, Node.ANY).mapWith(Triple::getObject).forEachRemaining(focuses::add);
        }
        for (Node focus : focuses) {
            for (Node p : spec.properties()) {
                Map<Node, Set<Node>> graphsByValue = new LinkedHashMap<>();
                var quads = spec.inverse() ? dsg.find(Node.ANY, Node.ANY, p, focus) : dsg.find(Node.ANY, focus, p, Node.ANY);
                quads.forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        graphsByValue.computeIfAbsent(spec.inverse() ? q.getSubject() : q.getObject(), k -> new LinkedHashSet<>())
                                .add(q.getGraph());
                    }
                });
                graphsByValue.entrySet().stream()
                        .filter(e -> seen.add(e.getKey()))
                        .sorted(Comparator.comparing(e -> lookup.displayLabel(e.getKey()) + e.getKey()))
                        .forEach(e -> {
                            Triple t = spec.inverse() ? Triple.create(e.getKey(), p, focus) : Triple.create(focus, p, e.getKey());
                            values.add(new CellValue(ResourceFactsQuery.value(lookup, e.getKey()), p.getURI(),
                                    e.getValue().stream().map(lookup::source).toList(), confidence(lookup, t),
                                    focus.equals(model) ? null : ResourceFactsQuery.value(lookup, focus)));
                        });
            }
        }
        List<ReportedCellValue> reported = new ArrayList<>();
        if (!spec.inverse()) {
            dsg.find(Node.ANY, model, Ikg.REPORTED_VALUE_PROPERTY, Node.ANY).forEachRemaining(q -> {
                Node rv = q.getObject();
                for (Node p : spec.properties()) {
                    if (lookup.union().contains(rv, Ikg.OF_PROPERTY, p)) {
                        lookup.union().find(rv, RDF.value.asNode(), Node.ANY).forEachRemaining(v -> reported.add(
                                new ReportedCellValue(ResourceFactsQuery.value(lookup, v.getObject()), p.getURI(),
                                        List.of(lookup.source(q.getGraph())))));
                    }
                }
            });
        }
        return new Cell(values, reported);
    }

    /** The level of a reified statement about this triple, if a source marked it as inferred. */
    private static String confidence(GraphLookup lookup, Triple t) {
        var st = lookup.union().find(Node.ANY, RDF.subject.asNode(), t.getSubject()).toList();
        for (Triple s : st) {
            Node statement = s.getSubject();
            if (lookup.union().contains(statement, RDF.predicate.asNode(), t.getPredicate())
                    && lookup.union().contains(statement, RDF.object.asNode(), t.getObject())) {
                Node level = lookup.union().find(statement, Ikg.CONFIDENCE, Node.ANY).mapWith(Triple::getObject)
                        .nextOptional().orElse(null);
                if (level != null) {
                    return GraphLookup.localName(level);
                }
            }
        }
        return null;
    }
}
