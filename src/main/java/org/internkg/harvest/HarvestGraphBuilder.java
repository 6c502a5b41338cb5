package org.internkg.harvest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.graph.Ikg;

/**
 * Turns what a harvester read into the named graph of the source version. Curated facts stay authoritative: a
 * harvested date or Hugging Face id that differs from the curated one becomes an {@code ikg:ReportedValue} in this
 * graph and is listed as a disagreement; an equal or new value is stated directly.
 */
public final class HarvestGraphBuilder {

    /** Harvested source graphs live under this prefix, apart from the curated source graphs. */
    public static final String GRAPH_PREFIX = Ikg.SOURCE + "harvest-";

    static final Node DATE_PUBLISHED = NodeFactory.createURI("https://schema.org/datePublished");
    static final Node HUGGING_FACE_ID = Ikg.term("huggingFaceId");
    static final Node SUPPORTS_MODEL = Ikg.term("supportsModel");
    /** Where-text of a date read from a model-zoo table (news dates say "news"): the change list tells them apart by it. */
    static final String ZOO_TABLE = "model-zoo table";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");
    private static final Map<String, String> SPDX = Map.of("apache-2.0", "Apache-2.0", "mit", "MIT", "bsd-3-clause", "BSD-3-Clause",
            "cc-by-4.0", "CC-BY-4.0", "cc-by-nc-4.0", "CC-BY-NC-4.0", "gpl-3.0", "GPL-3.0-only", "agpl-3.0", "AGPL-3.0-only");

    private final Reconciler reconciler;

    public HarvestGraphBuilder(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    /** The graph name of a source version: the URL slug of its document, pinned to the commit or the version day. */
    public static Node graphName(SourceText source) {
        String url = source.stableUrl() == null ? source.documentUrl() : source.stableUrl();
        String slug = Reconciler.slug(url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("\\.com/", "/")
                .replace("/blob/main/", "/blob/").replace("/blob/master/", "/blob/").replace("/blob/develop/", "/blob/")
                .replace("/raw/main/", "/raw/"));
        String version = source.commit() != null ? source.commit().substring(0, Math.min(7, source.commit().length())).toLowerCase(Locale.ROOT)
                : DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss").withZone(ZoneOffset.UTC).format(source.versionTime());
        return NodeFactory.createURI(GRAPH_PREFIX + slug + "-" + version);
    }

    public HarvestedGraph build(HarvestResult result) {
        SourceText source = result.source();
        Node g = graphName(source);
        Graph graph = GraphFactory.createDefaultGraph();
        List<Disagreement> disagreements = new ArrayList<>();
        describeSource(source, g, graph);
        Map<Node, LocalDate> tableDates = new HashMap<>();
        for (ModelRow row : result.models()) {
            Reconciler.Match match = reconciler.match(row.name(), row.huggingFaceId());
            Node model = match.entity();
            if (match.family()) {
                result.unreadable(row.line(), row.name() + " names a model family, not a model: left out");
                continue;
            }
            Node family = reconciler.family(row.family());
            Node inferredFamily = family == null && match.minted() ? reconciler.familyByPrefix(row.name()) : null;
            if (match.minted() && family == null && inferredFamily == null) {
                // A new model linked to nothing would stand alone in the graph (and fail the data checks).
                result.unreadable(row.line(), row.name() + " matches no curated model and no family by section or name: left out; curate it or its family");
                reconciler.forget(model);
                continue;
            }
            declareIfMinted(match, row.name(), graph);
            if (family != null) {
                graph.add(model, Ikg.term("family"), family);
            } else if (inferredFamily != null) {
                graph.add(model, Ikg.term("family"), inferredFamily);
                inferred(graph, model, Ikg.term("family"), inferredFamily, "family inferred from the model name's prefix; the table has no family section");
            }
            compareOrState(graph, g, model, HUGGING_FACE_ID, NodeFactory.createLiteralString(row.huggingFaceId()),
                    "line " + row.line(), disagreements);
            if (row.released() != null) {
                tableDates.put(model, row.released());
                compareOrState(graph, g, model, DATE_PUBLISHED, date(row.released()), ZOO_TABLE + ", line " + row.line(), disagreements);
            }
            if (row.modelScopeId() != null) {
                graph.add(model, Ikg.term("modelScopeId"), NodeFactory.createLiteralString(row.modelScopeId()));
            }
            if (row.openXLabId() != null) {
                graph.add(model, Ikg.term("openXLabId"), NodeFactory.createLiteralString(row.openXLabId()));
            }
            if (row.rewardBenchScore() != null) {
                graph.add(model, Ikg.term("rewardBenchScore"), NodeFactory.createLiteralDT(row.rewardBenchScore().toPlainString(), XSDDatatype.XSDdecimal));
            }
        }
        for (NewsItem news : result.news()) {
            for (String name : news.modelNames()) {
                readNews(graph, news, name, tableDates, disagreements);
            }
        }
        for (SupportRow row : result.supports()) {
            addSupport(graph, source, row);
        }
        for (ModelCard card : result.cards()) {
            addCard(graph, g, card, disagreements);
        }
        return new HarvestedGraph(g, graph, result, disagreements, Map.copyOf(reconciler.minted()));
    }

    private static void describeSource(SourceText source, Node g, Graph graph) {
        graph.add(g, RDF.type.asNode(), Ikg.SOURCE_DOCUMENT);
        graph.add(g, RDFS.label.asNode(), NodeFactory.createLiteralLang(source.label() + " (harvested)", "en"));
        graph.add(g, Ikg.term("retrievedOn"), date(LocalDate.now(ZoneOffset.UTC)));
        graph.add(g, Ikg.PROV_WAS_DERIVED_FROM, NodeFactory.createURI(source.documentUrl()));
        if (source.stableUrl() != null) {
            graph.add(g, DCTerms.isVersionOf.asNode(), NodeFactory.createURI(source.stableUrl()));
        }
        if (source.commit() != null) {
            graph.add(g, Ikg.term("commit"), NodeFactory.createLiteralString(source.commit()));
        }
        graph.add(g, GENERATED_AT, NodeFactory.createLiteralDT(source.versionTime().toString(), XSDDatatype.XSDdateTime));
    }

    private void declareIfMinted(Reconciler.Match match, String name, Graph graph) {
        if (match.minted()) {
            graph.add(match.entity(), RDF.type.asNode(), Ikg.term("Model"));
            graph.add(match.entity(), RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "en"));
            graph.add(match.entity(), Ikg.term("reconciliation"), Ikg.term("unreconciled"));
        }
    }

    /** States the value, or records it as a reported value when the curated value differs. */
    private void compareOrState(Graph graph, Node g, Node entity, Node property, Node value, String where, List<Disagreement> out) {
        java.util.Set<Node> values = reconciler.curatedValues(entity, property);
        if (values.isEmpty() || values.stream().anyMatch(v -> sameValue(v, value))) {
            graph.add(entity, property, value);
            return;
        }
        Node curated = values.iterator().next();
        reported(graph, entity, property, value, "harvested from " + g.getURI().substring(Ikg.SOURCE.length()) + ", " + where
                + "; the curated value is " + curated.getLiteralLexicalForm());
        out.add(new Disagreement(entity.getURI(), localName(property), curated.getLiteralLexicalForm(), value.getLiteralLexicalForm(), where));
    }

    /** A release date in the news: only a disagreement is worth a fact (the table states the date directly). */
    private void readNews(Graph graph, NewsItem news, String name, Map<Node, LocalDate> tableDates, List<Disagreement> out) {
        Reconciler.Match match = reconciler.matchExisting(name);
        if (match == null) {
            return;
        }
        Node model = match.entity();
        java.util.Set<Node> values = reconciler.curatedValues(model, DATE_PUBLISHED);
        Node curated = values.isEmpty() ? null : values.iterator().next();
        LocalDate table = tableDates.get(model);
        Node value = date(news.date());
        String where = "news, line " + news.line();
        boolean differsFromCurated = curated != null && values.stream().noneMatch(v -> sameValue(v, value));
        boolean differsFromTable = table != null && !table.equals(news.date());
        if (differsFromCurated || (curated == null && differsFromTable)) {
            reported(graph, model, DATE_PUBLISHED, value, where + ": " + news.text());
            String reference = curated != null ? curated.getLiteralLexicalForm() : table + " (this document's table)";
            out.add(new Disagreement(model.getURI(), "datePublished", reference, news.date().toString(), where));
        } else if (differsFromTable) {
            out.add(new Disagreement(model.getURI(), "datePublished", table + " (this document's table)", news.date().toString(), where));
        }
    }

    private void addSupport(Graph graph, SourceText source, SupportRow row) {
        Node tool = NodeFactory.createURI(Ikg.ID + "tool/" + source.tool());
        Reconciler.Match match = reconciler.match(row.modelName(), row.huggingFaceId());
        declareIfMinted(match, row.modelName(), graph);
        if (match.minted() && row.huggingFaceId() != null) {
            graph.add(match.entity(), HUGGING_FACE_ID, NodeFactory.createLiteralString(row.huggingFaceId()));
        }
        if (row.supported()) {
            graph.add(tool, SUPPORTS_MODEL, match.entity());
        }
        Node support = NodeFactory.createBlankNode();
        graph.add(tool, Ikg.term("support"), support);
        graph.add(support, RDF.type.asNode(), Ikg.term("Support"));
        graph.add(support, Ikg.term("model"), match.entity());
        graph.add(support, Ikg.term("supported"), NodeFactory.createLiteralDT(Boolean.toString(row.supported()), XSDDatatype.XSDboolean));
        literal(graph, support, "engine", row.engine());
        literal(graph, support, "platformName", row.platform());
        literal(graph, support, "precision", row.precision());
        literal(graph, support, "backend", row.backend());
        literal(graph, support, "sizes", row.sizes());
    }

    private void addCard(Graph graph, Node g, ModelCard card, List<Disagreement> out) {
        Reconciler.Match match = reconciler.match(card.name(), card.huggingFaceId());
        Node model = match.entity();
        declareIfMinted(match, card.name(), graph);
        if (card.huggingFaceId() != null) {
            compareOrState(graph, g, model, HUGGING_FACE_ID, NodeFactory.createLiteralString(card.huggingFaceId()), "model card", out);
        }
        if (card.license() != null) {
            String spdx = SPDX.get(card.license().toLowerCase(Locale.ROOT));
            if (spdx != null) {
                graph.add(model, DCTerms.license.asNode(), NodeFactory.createURI("http://spdx.org/licenses/" + spdx));
            } else {
                graph.add(model, Ikg.term("licenseNote"), NodeFactory.createLiteralString("Hugging Face licence tag: " + card.license()));
            }
        }
        for (String base : card.baseModels()) {
            Reconciler.Match parent = reconciler.match(base.contains("/") ? base.substring(base.indexOf('/') + 1) : base,
                    base.contains("/") ? base : null);
            if (parent.family()) {
                graph.add(model, Ikg.term("family"), parent.entity());
                continue;
            }
            declareIfMinted(parent, base.contains("/") ? base.substring(base.indexOf('/') + 1) : base, graph);
            if (parent.minted() && base.contains("/")) {
                graph.add(parent.entity(), HUGGING_FACE_ID, NodeFactory.createLiteralString(base));
            }
            graph.add(model, Ikg.term("derivedFrom"), parent.entity());
        }
        literal(graph, model, "pipelineTag", card.pipelineTag());
        literal(graph, model, "libraryName", card.libraryName());
        card.tags().forEach(t -> literal(graph, model, "tag", t));
        card.datasets().forEach(d -> literal(graph, model, "cardDataset", d));
    }

    private static void inferred(Graph graph, Node subject, Node property, Node object, String note) {
        Node statement = NodeFactory.createBlankNode();
        graph.add(statement, RDF.type.asNode(), RDF.Statement.asNode());
        graph.add(statement, RDF.subject.asNode(), subject);
        graph.add(statement, RDF.predicate.asNode(), property);
        graph.add(statement, RDF.object.asNode(), object);
        graph.add(statement, Ikg.CONFIDENCE, Ikg.term("medium"));
        graph.add(statement, SKOS.note.asNode(), NodeFactory.createLiteralLang(note, "en"));
    }

    private static void reported(Graph graph, Node entity, Node property, Node value, String note) {
        Node rv = NodeFactory.createBlankNode();
        graph.add(entity, Ikg.REPORTED_VALUE_PROPERTY, rv);
        graph.add(rv, RDF.type.asNode(), Ikg.REPORTED_VALUE);
        graph.add(rv, Ikg.OF_PROPERTY, property);
        graph.add(rv, RDF.value.asNode(), value);
        graph.add(rv, SKOS.note.asNode(), NodeFactory.createLiteralLang(note, "en"));
    }

    private static void literal(Graph graph, Node subject, String property, String value) {
        if (value != null && !value.isBlank()) {
            graph.add(subject, Ikg.term(property), NodeFactory.createLiteralString(value));
        }
    }

    private static boolean sameValue(Node curated, Node harvested) {
        if (!curated.isLiteral() || !harvested.isLiteral()) {
            return curated.equals(harvested);
        }
        // Hugging Face ids are case-insensitive; dates compare by their lexical form.
        return curated.getLiteralLexicalForm().equalsIgnoreCase(harvested.getLiteralLexicalForm());
    }

    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    private static String localName(Node property) {
        String uri = property.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }
}
