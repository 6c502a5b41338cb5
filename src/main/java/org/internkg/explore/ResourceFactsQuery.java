package org.internkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.explore.GraphLookup.SourceRef;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything known about one resource, for the details panel: every fact (outgoing and incoming) with the
 * source graphs that state it and its confidence, and disputed values with the source of each value.
 */
@Component
class ResourceFactsQuery {

    /**
     * Statements listed per direction. A hub has tens of thousands (a tool supporting every model: 2.6 MB of
     * JSON and most of a second per request at 10M triples); the details panel shows the first ones and says so,
     * and the neighbourhood API pages through all of them.
     */
    static final int FACTS_PER_DIRECTION = 500;
    /**
     * Hubs' first statements kept for the current revision, all hubs together (about 2 MB). Listing a hub's first
     * 500 sorts every statement it has: 211,686 incoming ones for a benchmark at 10M triples, 0.3–1 s a request.
     */
    static final int KEPT_STATEMENTS = 50_000;

    private final KnowledgeBase kb;
    private final BoundedSelect out = BoundedSelect.load("resource-out.rq", FACTS_PER_DIRECTION);
    private final BoundedSelect in = BoundedSelect.load("resource-in.rq", FACTS_PER_DIRECTION);
    private final BoundedSelect confidence = BoundedSelect.load("resource-confidence.rq", 1000);
    private final BoundedSelect reported = BoundedSelect.load("resource-reported.rq", 1000);

    private final HubLinks<StatementsOf, Statement> hubs = new HubLinks<>(FACTS_PER_DIRECTION, KEPT_STATEMENTS);

    ResourceFactsQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resource(String iri, LangLabels label, List<Value> altLabels, List<Term> types, LangLabels description,
                    String huggingFaceId, String page, String turtle, List<Fact> facts, List<Dispute> disputes,
                    List<SourceRef> sources, boolean truncated) {
    }

    /** A property or class with its labels. */
    record Term(String iri, LangLabels label) {
    }

    /** An RDF term: an IRI with labels and type, or a literal with language or datatype. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(String iri, LangLabels label, String type, String value, String lang, String datatype) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Confidence(String level, String note, String source) {
    }

    /** One statement: {@code direction} out means the resource is the subject, in that {@code value} is. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Fact(String direction, Term predicate, Value value, List<SourceRef> sources, List<Confidence> confidence,
                boolean disputed) {
    }

    record Dispute(Term predicate, List<DisputedValue> values) {
    }

    /** {@code primary} is the value the knowledge base asserts; the others are reported by other sources. */
    record DisputedValue(Value value, boolean primary, List<SourceRef> sources) {
    }

    private record Key(String direction, Node predicate, Node value) {
    }

    /** One statement of the focus, from the graph that states it: {@code other} is its object (out) or subject (in). */
    private record Statement(Node graph, Node predicate, Node other) {
    }

    private record StatementsOf(Node focus, boolean outgoing) {
    }

    Resource describe(Node focus) {
        long revision = kb.revision();
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            if (!lookup.mentions(focus)) {
                throw new UnknownResourceException(focus.getURI());
            }
            Map<String, Node> bind = Map.of("focus", focus);
            Map<Key, Set<Node>> graphs = new LinkedHashMap<>();
            List<Statement> outRows = statements(ds, revision, focus, true);
            for (Statement row : outRows) {
                if (row.predicate().equals(Ikg.REPORTED_VALUE_PROPERTY) || row.other().isBlank()) {
                    continue;
                }
                graphs.computeIfAbsent(new Key("out", row.predicate(), row.other()), k -> new LinkedHashSet<>()).add(row.graph());
            }
            List<Statement> inRows = statements(ds, revision, focus, false);
            for (Statement row : inRows) {
                graphs.computeIfAbsent(new Key("in", row.predicate(), row.other()), k -> new LinkedHashSet<>()).add(row.graph());
            }
            Map<Key, List<Confidence>> confidences = new LinkedHashMap<>();
            for (QuerySolution row : confidence.select(ds, bind)) {
                Key key = new Key("out", row.get("p").asNode(), row.get("o").asNode());
                confidences.computeIfAbsent(key, k -> new ArrayList<>()).add(new Confidence(
                        GraphLookup.localName(row.get("confidence").asNode()),
                        row.contains("note") ? row.getLiteral("note").getLexicalForm() : null,
                        row.get("g").asNode().getURI()));
            }
            Map<Node, Map<Node, Set<Node>>> reportedByProperty = new LinkedHashMap<>();
            for (QuerySolution row : reported.select(ds, bind)) {
                reportedByProperty.computeIfAbsent(row.get("p").asNode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("v").asNode(), k -> new LinkedHashSet<>()).add(row.get("g").asNode());
            }

            Set<Node> allSources = new LinkedHashSet<>();
            List<Fact> facts = new ArrayList<>();
            graphs.forEach((key, gs) -> {
                allSources.addAll(gs);
                facts.add(new Fact(key.direction(), term(lookup, key.predicate()), value(lookup, key.value()),
                        gs.stream().map(lookup::source).toList(), confidences.getOrDefault(key, List.of()),
                        key.direction().equals("out") && reportedByProperty.containsKey(key.predicate())));
            });

            List<Dispute> disputes = new ArrayList<>();
            reportedByProperty.forEach((p, values) -> {
                List<DisputedValue> dv = new ArrayList<>();
                graphs.forEach((key, gs) -> {
                    if (key.direction().equals("out") && key.predicate().equals(p)) {
                        dv.add(new DisputedValue(value(lookup, key.value()), true, gs.stream().map(lookup::source).toList()));
                    }
                });
                values.forEach((v, gs) -> {
                    allSources.addAll(gs);
                    dv.add(new DisputedValue(value(lookup, v), false, gs.stream().map(lookup::source).toList()));
                });
                disputes.add(new Dispute(term(lookup, p), dv));
            });

            List<Value> altLabels = lookup.union().find(focus, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                    .map(t -> value(lookup, t.getObject())).toList();
            List<Term> types = lookup.types(focus).stream().filter(Node::isURI).map(t -> term(lookup, t)).toList();
            String page = pagePath(focus.getURI());
            return new Resource(focus.getURI(), lookup.labels(focus), altLabels, types, lookup.description(focus),
                    lookup.firstLiteral(focus, GraphLookup.HUGGING_FACE_ID), page, page == null ? null : page + ".ttl",
                    facts, disputes, allSources.stream().filter(Objects::nonNull).map(lookup::source).toList(),
                    outRows.size() >= out.rowCap() || inRows.size() >= in.rowCap());
        });
    }

    /** Reads and keeps a hub's first statements in both directions, so that its first details panel does not pay for them. */
    void warm(Node hub) {
        long revision = kb.revision();
        kb.read(ds -> {
            statements(ds, revision, hub, true);
            return statements(ds, revision, hub, false);
        });
    }

    /** How many statement lists are kept now (one per hub and direction). */
    int keptLists() {
        return hubs.kept();
    }

    /** The focus's first statements in one direction, sorted; kept for a hub. {@code revision} is read before {@code ds}'s transaction. */
    private List<Statement> statements(Dataset ds, long revision, Node focus, boolean outgoing) {
        return hubs.get(revision, new StatementsOf(focus, outgoing), () -> (outgoing ? out : in).select(ds, Map.of("focus", focus))
                .stream()
                .map(row -> new Statement(row.get("g").asNode(), row.get("p").asNode(), row.get(outgoing ? "o" : "s").asNode()))
                .toList());
    }

    /** The path of the resource's linked-data page on this server, for IRIs in the InternKG namespace. */
    static String pagePath(String iri) {
        if (iri.startsWith(Ikg.ID)) {
            return "/id/" + iri.substring(Ikg.ID.length());
        }
        return null;
    }

    private static Term term(GraphLookup lookup, Node p) {
        LangLabels l = lookup.labels(p);
        return new Term(p.getURI(), l.en() == null && l.zh() == null ? new LangLabels(GraphLookup.humanize(GraphLookup.localName(p)), null) : l);
    }

    static Value value(GraphLookup lookup, Node node) {
        if (node.isURI()) {
            Node type = lookup.primaryType(node);
            return new Value(node.getURI(), lookup.labels(node), type.isURI() ? GraphLookup.localName(type) : null,
                    null, null, null);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            boolean hasLang = lang != null && !lang.isEmpty();
            String datatype = node.getLiteralDatatypeURI();
            boolean plain = datatype == null || datatype.equals(RDF.dtLangString.getURI())
                    || datatype.equals("http://www.w3.org/2001/XMLSchema#string");
            return new Value(null, null, null, node.getLiteralLexicalForm(), hasLang ? lang : null, plain ? null : datatype);
        }
        return new Value(null, null, null, node.toString(), null, null);
    }
}
