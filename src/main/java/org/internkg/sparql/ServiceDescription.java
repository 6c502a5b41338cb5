package org.internkg.sparql;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;

/**
 * The SPARQL 1.1 Service Description of the endpoint: what it speaks, which result formats it writes and
 * which named graphs its default dataset holds (the default graph is their union). Built as a graph, in code.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final KnowledgeBase knowledgeBase;
    private final String endpoint;
    private final String voidDescription;

    ServiceDescription(KnowledgeBase knowledgeBase, String endpoint, String voidDescription) {
        this.knowledgeBase = knowledgeBase;
        this.endpoint = endpoint;
        this.voidDescription = voidDescription;
    }

    Graph build() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("format", FORMATS);
        Node service = NodeFactory.createURI(endpoint);
        Node dataset = NodeFactory.createURI(endpoint + "#dataset");
        Node defaultGraph = NodeFactory.createURI(endpoint + "#default-graph");
        add(g, service, RDF.type.asNode(), sd("Service"));
        add(g, service, sd("endpoint"), service);
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")) {
            add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        add(g, service, sd("defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), sd("Dataset"));
        add(g, dataset, sd("defaultGraph"), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), sd("Graph"));
        // The VoID description (statistics, vocabularies, links) of the same data is served at /void.
        add(g, dataset, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NodeFactory.createURI(voidDescription));
        List<Node> names = knowledgeBase.read(ds -> {
            List<Node> found = new java.util.ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(found::add);
            return found;
        });
        for (Node name : names) {
            Node named = NodeFactory.createBlankNode();
            add(g, dataset, sd("namedGraph"), named);
            add(g, named, RDF.type.asNode(), sd("NamedGraph"));
            add(g, named, sd("name"), name);
        }
        return g;
    }

    /** Result syntaxes for the description itself: those that carry a graph. */
    static final List<Format> FORMATS_OFFERED = List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) {
            g.add(Triple.create(s, p, o));
        }
    }
}
