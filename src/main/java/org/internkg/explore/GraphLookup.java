package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.explore.ElementJson.NodeData;
import org.internkg.explore.ElementJson.NodeElement;
import org.internkg.graph.Ikg;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Labels, types and descriptions of resources, read from the union of all graphs (TBox included) inside the
 * caller's read transaction. Memoises per request: one lookup is created per read.
 */
final class GraphLookup {

    /** The classes of the data contract, most specific first: a node shows the first of its types in this list. */
    static final List<String> CLASSES = List.of("ModelFamily", "Model", "Release", "SoftwareTool", "Dataset",
            "Benchmark", "Paper", "Organization", "Platform", "Course", "Lesson", "PipelineStage", "Concept",
            "Technique", "SourceDocument", "ReportedValue");

    static final Node HUGGING_FACE_ID = Ikg.term("huggingFaceId");
    /** Position of a pipeline stage in the full chain (data 1 … application 6): the first view's order. */
    static final Node STAGE_ORDER = Ikg.term("stageOrder");

    private final Graph union;
    private final Map<Node, LangLabels> labels = new HashMap<>();
    private final Map<Node, Node> types = new HashMap<>();

    GraphLookup(Dataset ds) {
        this.union = ds.asDatasetGraph().getUnionGraph();
    }

    Graph union() {
        return union;
    }

    /** English and Chinese text of a property ({@code rdfs:label}, {@code dcterms:description}…). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LangLabels(String en, String zh) {
    }

    LangLabels labels(Node node) {
        return labels.computeIfAbsent(node, n -> langText(n, RDFS.label.asNode()));
    }

    LangLabels langText(Node subject, Node property) {
        String en = null;
        String zh = null;
        String plain = null;
        for (Node o : sortedObjects(subject, property)) {
            if (!o.isLiteral()) {
                continue;
            }
            String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
            if (en == null && (lang.equals("en") || lang.startsWith("en-"))) {
                en = o.getLiteralLexicalForm();
            } else if (zh == null && (lang.equals("zh") || lang.startsWith("zh-"))) {
                zh = o.getLiteralLexicalForm();
            } else if (plain == null && lang.isEmpty()) {
                plain = o.getLiteralLexicalForm();
            }
        }
        return new LangLabels(en != null ? en : plain, zh);
    }

    /** The label to draw: English, else Chinese, else an alternative label, else the IRI's last segment. */
    String displayLabel(Node node) {
        LangLabels l = labels(node);
        if (l.en() != null) {
            return l.en();
        }
        if (l.zh() != null) {
            return l.zh();
        }
        List<Node> alt = sortedObjects(node, SKOS.altLabel.asNode());
        if (!alt.isEmpty() && alt.get(0).isLiteral()) {
            return alt.get(0).getLiteralLexicalForm();
        }
        return humanize(localName(node));
    }

    /** {@code codeRepository} → {@code code repository}: a readable stand-in for terms the TBox does not label. */
    static String humanize(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String localName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/', iri.length() - 2), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':')));
        String tail = iri.substring(cut + 1);
        return tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
    }

    /** The node's most specific InternKG class (see {@link #CLASSES}), else any type, else null. */
    Node primaryType(Node node) {
        return types.computeIfAbsent(node, n -> {
            List<Node> all = sortedObjects(n, RDF.type.asNode());
            Node best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Node t : all) {
                int rank = t.isURI() && t.getURI().startsWith(Ikg.DEF) ? CLASSES.indexOf(t.getURI().substring(Ikg.DEF.length())) : -1;
                rank = rank < 0 ? CLASSES.size() : rank;
                if (rank < bestRank) {
                    best = t;
                    bestRank = rank;
                }
            }
            return best == null ? NodeFactory.createBlankNode("none") : best;
        });
    }

    List<Node> types(Node node) {
        return sortedObjects(node, RDF.type.asNode());
    }

    /** {@code ModelFamily} → {@code model-family}: the CSS-like class the view styles a type by. */
    static String typeClass(Node type) {
        if (type == null || !type.isURI()) {
            return "untyped";
        }
        return localName(type).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    String firstLiteral(Node subject, Node property) {
        for (Node o : sortedObjects(subject, property)) {
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    Integer integer(Node subject, Node property) {
        String text = firstLiteral(subject, property);
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LangLabels description(Node node) {
        return langText(node, DCTerms.description.asNode());
    }

    NodeElement element(Node node) {
        Node type = primaryType(node);
        boolean typed = type.isURI();
        return new NodeElement(new NodeData(node.getURI(), displayLabel(node), labels(node).zh(),
                typed ? localName(type) : null, typed ? type.getURI() : null, typed ? displayLabel(type) : null,
                firstLiteral(node, HUGGING_FACE_ID), integer(node, STAGE_ORDER)), "type-" + typeClass(typed ? type : null));
    }

    /** A source graph: its label and the document it was read from ({@code prov:wasDerivedFrom}). */
    record SourceRef(String iri, String label, String document) {
    }

    SourceRef source(Node graph) {
        if (graph.isURI() && graph.getURI().equals(Ikg.DEF)) {
            return new SourceRef(Ikg.DEF, "InternKG ontology", null);
        }
        String label = displayLabel(graph);
        String title = firstLiteral(graph, DCTerms.title.asNode());
        List<Node> docs = sortedObjects(graph, Ikg.PROV_WAS_DERIVED_FROM);
        String document = docs.isEmpty() ? null : docs.get(0).isURI() ? docs.get(0).getURI() : docs.get(0).getLiteralLexicalForm();
        if (document == null) {
            List<Node> pages = sortedObjects(graph, FOAF.page.asNode());
            document = pages.isEmpty() || !pages.get(0).isURI() ? null : pages.get(0).getURI();
        }
        return new SourceRef(graph.getURI(), labels(graph).en() == null && title != null ? title : label, document);
    }

    boolean mentions(Node node) {
        return union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node);
    }

    private List<Node> sortedObjects(Node subject, Node property) {
        List<Node> out = new ArrayList<>();
        union.find(subject, property, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
