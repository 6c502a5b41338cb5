package org.internkg.changes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.graph.Ikg;

/**
 * A source graph as it describes itself: the document it was read from ({@code prov:wasDerivedFrom}), its label,
 * commit and retrieval date, and the version-independent document ({@code dcterms:isVersionOf}) that harvested
 * versions share. Facts of two versions of one document are compared under that document, so a new commit is a
 * change of facts, not a new source.
 *
 * @param graph      the named graph
 * @param label      its {@code rdfs:label}, or null
 * @param document   the URL of this version ({@code prov:wasDerivedFrom}), or null
 * @param commit     {@code ikg:commit}, or null
 * @param retrievedOn {@code ikg:retrievedOn}, or null
 * @param versionOf  {@code dcterms:isVersionOf}, or null
 */
public record SourceInfo(String graph, String label, String document, String commit, String retrievedOn, String versionOf) {

    private static final Node RETRIEVED_ON = Ikg.term("retrievedOn");
    private static final Node COMMIT = Ikg.term("commit");

    /** The description of {@code graph} inside itself (nothing but its name when it says nothing). */
    public static SourceInfo of(DatasetGraph dsg, Node graph) {
        if (!graph.isURI() || Quad.isDefaultGraph(graph)) {
            return new SourceInfo(null, "(default graph: no source)", null, null, null, null);
        }
        return new SourceInfo(graph.getURI(), text(dsg, graph, RDFS.label.asNode()), text(dsg, graph, Ikg.PROV_WAS_DERIVED_FROM),
                text(dsg, graph, COMMIT), text(dsg, graph, RETRIEVED_ON), text(dsg, graph, DCTerms.isVersionOf.asNode()));
    }

    /** What facts of this graph are compared under: the document it is a version of, else the graph itself. */
    public Node key() {
        if (versionOf != null) {
            return NodeFactory.createURI(versionOf);
        }
        return graph == null ? Quad.defaultGraphIRI : NodeFactory.createURI(graph);
    }

    private static String text(DatasetGraph dsg, Node graph, Node property) {
        var found = dsg.find(graph, graph, property, Node.ANY);
        if (!found.hasNext()) {
            return null;
        }
        Node value = found.next().getObject();
        return value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm() : null;
    }
}
