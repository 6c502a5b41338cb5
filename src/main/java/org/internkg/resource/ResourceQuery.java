package org.internkg.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.internkg.export.StoredQuery;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.internkg.resource.PageModel.Download;
import org.internkg.resource.PageModel.Fact;
import org.internkg.resource.PageModel.GraphContents;
import org.internkg.resource.PageModel.Link;
import org.internkg.resource.PageModel.Page;
import org.internkg.resource.PageModel.Provenance;
import org.internkg.resource.PageModel.Reported;
import org.internkg.resource.PageModel.Statement;
import org.internkg.resource.PageModel.Term;
import org.internkg.resource.PageModel.Text;
import org.springframework.stereotype.Component;

/** Reads what the store says about one IRI: the page for browsers and the description for RDF clients. */
@Component
public class ResourceQuery {

    /** Shown in the page's header, so left out of the statement table. */
    private static final Set<Node> HEADER_PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            DCTerms.description.asNode(), RDFS.comment.asNode());
    private static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(RDF.Property.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());
    private static final List<String> DOWNLOADS = List.of("ttl", "nt", "jsonld", "rdf");
    private static final String DOWNLOAD_FORMAT_OF_RDF = "rdfxml";

    private final KnowledgeBase knowledgeBase;
    private final PublicLinks links;
    private final StoredQuery exists = StoredQuery.load("queries/resource/exists.rq");
    private final StoredQuery outgoing = StoredQuery.load("queries/resource/outgoing.rq");
    private final StoredQuery incoming = StoredQuery.load("queries/resource/incoming.rq");
    private final StoredQuery confidence = StoredQuery.load("queries/resource/confidence.rq");
    private final StoredQuery reported = StoredQuery.load("queries/resource/reported.rq");
    private final StoredQuery source = StoredQuery.load("queries/resource/source.rq");
    private final StoredQuery graphFacts = StoredQuery.load("queries/resource/graph-facts.rq");
    private final StoredQuery graphFactCount = StoredQuery.load("queries/resource/graph-fact-count.rq");
    private final StoredQuery instanceCount = StoredQuery.load("queries/resource/instance-count.rq");
    private final StoredQuery describe = StoredQuery.load("queries/resource/describe.rq");

    ResourceQuery(KnowledgeBase knowledgeBase, PublicLinks links) {
        this.knowledgeBase = knowledgeBase;
        this.links = links;
    }

    public long revision() {
        return knowledgeBase.revision();
    }

    public boolean exists(String iri) {
        Node focus = NodeFactory.createURI(iri);
        return knowledgeBase.read(ds -> exists.ask(ds, focus));
    }

    /**
     * The RDF description: statements in their graphs. The ontology IRI is also the name of the TBox graph, so it
     * describes itself with the whole TBox, which is what an ontology IRI is expected to return.
     */
    public Optional<DatasetGraph> description(String iri) {
        Node focus = NodeFactory.createURI(iri);
        return knowledgeBase.read(ds -> {
            if (!exists.ask(ds, focus)) {
                return Optional.empty();
            }
            if (focus.equals(Ikg.ONTOLOGY_GRAPH)) {
                DatasetGraph tbox = DatasetGraphFactory.createTxnMem();
                ds.asDatasetGraph().getGraph(focus).find().forEachRemaining(t -> tbox.add(focus, t.getSubject(), t.getPredicate(), t.getObject()));
                return Optional.of(tbox);
            }
            return Optional.of(describe.constructDataset(ds, focus));
        });
    }

    public Optional<Page> page(String iri) {
        Node focus = NodeFactory.createURI(iri);
        return knowledgeBase.read(ds -> exists.ask(ds, focus) ? Optional.of(new PageBuilder(ds, focus).build()) : Optional.empty());
    }

    /** Builds one page inside the read transaction. */
    private final class PageBuilder {

        private final Dataset ds;
        private final Node focus;
        private final Labels labels;
        private final Map<Node, Optional<Map<String, Node>>> sources = new HashMap<>();
        private final Map<List<Node>, Map<String, Node>> grades = new HashMap<>();

        PageBuilder(Dataset ds, Node focus) {
            this.ds = ds;
            this.focus = focus;
            this.labels = new Labels(ds.asDatasetGraph(), links);
        }

        Page build() {
            for (Map<String, Node> row : confidence.select(ds, focus)) {
                grades.put(List.of(row.get("s"), row.get("p"), row.get("o"), row.get("g")), row);
            }
            List<Map<String, Node>> reportedRows = reported.select(ds, focus);
            Set<Node> disputed = new LinkedHashSet<>();
            reportedRows.forEach(row -> disputed.add(row.get("p")));

            Map<List<Node>, List<Node>> out = new LinkedHashMap<>();
            List<Node> types = new ArrayList<>();
            for (Map<String, Node> row : outgoing.select(ds, focus)) {
                Node p = row.get("p");
                if (p.equals(RDF.type.asNode()) && !types.contains(row.get("o"))) {
                    types.add(row.get("o"));
                }
                if (!HEADER_PROPERTIES.contains(p)) {
                    out.computeIfAbsent(List.of(p, row.get("o")), k -> new ArrayList<>()).add(row.get("g"));
                }
            }
            List<Statement> outgoingStatements = new ArrayList<>();
            out.forEach((po, graphs) -> outgoingStatements.add(new Statement(labels.link(po.get(0)), labels.value(po.get(1)),
                    graphs.stream().map(g -> provenance(g, List.of(focus, po.get(0), po.get(1), g))).toList(),
                    disputed.contains(po.get(0)))));

            Map<List<Node>, List<Node>> in = new LinkedHashMap<>();
            for (Map<String, Node> row : incoming.select(ds, focus)) {
                in.computeIfAbsent(List.of(row.get("s"), row.get("p")), k -> new ArrayList<>()).add(row.get("g"));
            }
            List<Statement> incomingStatements = new ArrayList<>();
            in.forEach((sp, graphs) -> incomingStatements.add(new Statement(labels.link(sp.get(1)), labels.value(sp.get(0)),
                    graphs.stream().map(g -> provenance(g, List.of(sp.get(0), sp.get(1), focus, g))).toList(), false)));

            List<Reported> reportedValues = reportedRows.stream().map(row -> new Reported(labels.link(row.get("p")),
                    labels.value(row.get("value")), provenance(row.get("g"), List.of()),
                    row.containsKey("note") ? row.get("note").getLiteralLexicalForm() : null)).toList();

            List<Text> names = labels.texts(focus, RDFS.label.asNode());
            Text title = names.isEmpty() ? new Text(Labels.shortName(focus.getURI()), null) : names.get(0);
            List<Text> descriptions = new ArrayList<>(labels.texts(focus, DCTerms.description.asNode()));
            return new Page(focus.getURI(), title.text(), title.lang(), names, labels.texts(focus, SKOS.altLabel.asNode()),
                    types.stream().map(labels::link).toList(), descriptions, term(types), graphContents(),
                    outgoingStatements, incomingStatements, reportedValues, downloads(), links.explorer(focus.getURI()),
                    links.path("css/resource.css"), links.base());
        }

        private Provenance provenance(Node graph, List<Node> statement) {
            Map<String, Node> grade = statement.isEmpty() ? null : grades.get(statement);
            String document = sourceOf(graph).map(row -> row.get("document")).filter(Node::isURI).map(Node::getURI)
                    .filter(PublicLinks::isBrowsable).orElse(null);
            return new Provenance(labels.link(graph), document,
                    grade == null ? null : grade.get("confidence").isURI() ? grade.get("confidence").getLocalName()
                            : grade.get("confidence").toString(),
                    grade == null || !grade.containsKey("note") ? null : grade.get("note").getLiteralLexicalForm());
        }

        private Optional<Map<String, Node>> sourceOf(Node graph) {
            return sources.computeIfAbsent(graph, g -> source.select(ds, g).stream().findFirst());
        }

        private Term term(List<Node> types) {
            boolean isClass = types.stream().anyMatch(CLASS_TYPES::contains);
            boolean isProperty = types.stream().anyMatch(PROPERTY_TYPES::contains);
            if (!isClass && !isProperty) {
                return null;
            }
            String instances = isClass ? Long.toString(instanceCount.count(ds, Map.of("focus", focus))) : null;
            return new Term(labels.texts(focus, RDFS.comment.asNode()), objects(RDFS.domain.asNode()),
                    objects(RDFS.range.asNode()), instances);
        }

        private List<Link> objects(Node property) {
            Set<Node> found = new LinkedHashSet<>();
            ds.asDatasetGraph().find(Node.ANY, focus, property, Node.ANY)
                    .forEachRemaining(q -> { if (q.getObject().isURI()) { found.add(q.getObject()); } });
            return found.stream().map(labels::link).toList();
        }

        private GraphContents graphContents() {
            if (!ds.asDatasetGraph().containsGraph(focus)) {
                return null;
            }
            Optional<Map<String, Node>> described = sourceOf(focus);
            Map<String, Node> self = described.orElse(Map.of());
            long count = graphFactCount.count(ds, Map.of("focus", focus));
            List<Fact> facts = graphFacts.select(ds, focus).stream()
                    .map(row -> new Fact(labels.link(row.get("s")), labels.link(row.get("p")), labels.value(row.get("o"))))
                    .toList();
            Node document = self.get("document");
            return new GraphContents(described.isPresent(), document != null && document.isURI() && PublicLinks.isBrowsable(document.getURI()) ? document.getURI() : null,
                    self.containsKey("retrieved") ? self.get("retrieved").getLiteralLexicalForm() : null,
                    self.containsKey("commit") ? self.get("commit").getLiteralLexicalForm() : null,
                    count, facts, count > facts.size(), links.graphDownload(focus.getURI(), "ttl"));
        }

        private List<Download> downloads() {
            String here = links.of(focus.getURI());
            return DOWNLOADS.stream().map(suffix -> new Download(here.endsWith("/")
                    ? here + "?format=" + (suffix.equals("rdf") ? DOWNLOAD_FORMAT_OF_RDF : suffix)
                    : here + "." + suffix, suffix)).toList();
        }
    }
}
