package org.internkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The InternKG namespaces and the vocabulary terms the code relies on (the ontology defines them all). */
public final class Ikg {

    /** Stable namespace, independent of the host that serves it. */
    public static final String NS = "https://w3id.org/internkg/";
    /** Vocabulary (TBox) namespace; also the ontology IRI and the name of the graph that holds it. */
    public static final String DEF = NS + "def/";
    /** Instance namespace: {@code …/id/<type>/<slug>}. */
    public static final String ID = NS + "id/";
    /** Named graphs of source documents live here. */
    public static final String SOURCE = ID + "source/";

    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(DEF);
    public static final Node SOURCE_DOCUMENT = term("SourceDocument");
    public static final Node REPORTED_VALUE = term("ReportedValue");
    /** Computed at load time for validation: a source graph that states facts about a resource. */
    public static final Node STATED_IN = term("statedIn");
    public static final Node CONFIDENCE = term("confidence");
    public static final Node REPORTED_VALUE_PROPERTY = term("reportedValue");
    public static final Node OF_PROPERTY = term("ofProperty");

    /** PROV-O's wasDerivedFrom: a source graph names the document it was read from (Jena ships no PROV constants). */
    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private Ikg() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(DEF + localName);
    }
}
