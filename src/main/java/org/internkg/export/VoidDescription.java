package org.internkg.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.internkg.changes.DataRelease;
import org.internkg.changes.ReleaseCatalogue;
import org.internkg.graph.Ikg;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.internkg.system.PublicProperties;
import org.springframework.stereotype.Component;

/**
 * The VoID description of the knowledge base, computed from the data (sizes, classes, properties, one subset per
 * named graph) and cached until the store's revision changes.
 */
@Component
public class VoidDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The whole knowledge base, named by its stable namespace. */
    public static final Node DATASET = NodeFactory.createURI(Ikg.NS);

    private static final Node FOAF_PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    private final KnowledgeBase knowledgeBase;
    private final ReleaseCatalogue releases;
    private final String base;
    private final KeptPerRevision<Graph> description;

    private final StoredQuery graphDocuments = StoredQuery.load("queries/void/graph-documents.rq");

    VoidDescription(KnowledgeBase knowledgeBase, PublicProperties publicProperties, ReleaseCatalogue releases) {
        this.knowledgeBase = knowledgeBase;
        this.releases = releases;
        String url = publicProperties.publicBaseUrl().toString();
        this.base = url.endsWith("/") ? url : url + "/";
        this.description = new KeptPerRevision<>(knowledgeBase, (ds, revision) -> compute(ds));
    }

    public long revision() {
        return knowledgeBase.revision();
    }

    /** The description for the current revision, computed once per revision. */
    public Graph graph() {
        return description.get();
    }

    private Graph compute(Dataset ds) {
        Graph g = GraphFactory.createDefaultGraph();
        Node description = uri(base + "void");
        g.add(description, RDF.type.asNode(), term("DatasetDescription"));
        g.add(description, FOAF_PRIMARY_TOPIC, DATASET);
        g.add(description, DCTerms.title.asNode(), NodeFactory.createLiteralLang("VoID description of InternKG", "en"));

        g.add(DATASET, RDF.type.asNode(), term("Dataset"));
        g.add(DATASET, DCTerms.title.asNode(), NodeFactory.createLiteralLang("InternKG: the InternLM ecosystem knowledge graph", "en"));
        addRelease(g, releases.bundled());
        StoreStatistics.Counts counts = StoreStatistics.count(ds, Ikg.ONTOLOGY_GRAPH);
        g.add(DATASET, term("triples"), count(counts.triples()));
        g.add(DATASET, term("entities"), count(counts.entities()));
        g.add(DATASET, term("classes"), count(counts.classes()));
        g.add(DATASET, term("distinctSubjects"), count(counts.distinctSubjects()));
        g.add(DATASET, term("distinctObjects"), count(counts.distinctObjects()));
        g.add(DATASET, term("properties"), count(counts.properties().size()));
        Set<String> vocabularies = new TreeSet<>();
        counts.properties().forEach(p -> vocabularies.add(namespaceOf(p.getURI())));
        vocabularies.forEach(ns -> g.add(DATASET, term("vocabulary"), uri(ns)));
        g.add(DATASET, term("uriSpace"), NodeFactory.createLiteralString(Ikg.ID));
        g.add(DATASET, term("sparqlEndpoint"), uri(base + "sparql"));
        g.add(DATASET, term("dataDump"), uri(base + "data?format=trig"));
        g.add(DATASET, term("dataDump"), uri(base + "data?format=nq"));
        g.add(DATASET, term("dataDump"), uri(base + "data?default&format=ttl"));

        for (StoreStatistics.GraphSize size : counts.graphs()) {
            Node graph = size.graph();
            g.add(DATASET, term("subset"), graph);
            g.add(graph, RDF.type.asNode(), term("Dataset"));
            g.add(graph, term("triples"), count(size.quads()));
            g.add(graph, term("dataDump"), uri(base + "data?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8) + "&format=ttl"));
        }
        for (var row : graphDocuments.select(ds, Map.of())) {
            g.add(row.get("g"), Ikg.PROV_WAS_DERIVED_FROM, row.get("document"));
        }
        return g;
    }

    /** The data release (not the store revision, not the ontology version): its id on the dataset and the release described. */
    private static void addRelease(Graph g, DataRelease release) {
        Node node = uri(release.iri());
        g.add(DATASET, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(release.id()));
        g.add(DATASET, DCTerms.hasVersion.asNode(), node);
        g.add(node, RDF.type.asNode(), term("Dataset"));
        g.add(node, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(release.id()));
        g.add(node, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(release.issued(), XSDDatatype.XSDdate));
        if (release.ontologyVersion() != null) {
            g.add(node, DCTerms.conformsTo.asNode(), uri(release.ontologyVersion()));
        }
    }

    static String namespaceOf(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(VOID + localName);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
