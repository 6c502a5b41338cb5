package org.internkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.internkg.security.RefusedRequestException;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The write side of the Graph Store Protocol: replaces, adds to or deletes one source graph in a single write
 * transaction that also validates the resulting store. A graph that does not describe itself, or a store that no
 * longer conforms to the shapes and checks, aborts the transaction: the store is exactly as before.
 */
@Component
public class GraphStoreWriter {

    /** What a write did, for the response. */
    public record Outcome(boolean created, long triples) {
    }

    /** A write whose result breaks the data contract (HTTP 422), with the report. */
    public static final class ContractViolationException extends RefusedRequestException {
        ContractViolationException(String message) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, message);
        }
    }

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeBaseValidator validator;

    GraphStoreWriter(KnowledgeBase knowledgeBase, KnowledgeBaseValidator validator) {
        this.knowledgeBase = knowledgeBase;
        this.validator = validator;
    }

    /** PUT (replace = true) or POST (add) of {@code triples} into the source graph {@code name}. */
    public Outcome store(Node name, Graph triples, boolean replace) {
        Outcome[] outcome = new Outcome[1];
        knowledgeBase.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            boolean existed = dsg.containsGraph(name);
            if (replace && existed) {
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            }
            triples.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            requireSelfDescription(dsg, name);
            requireConforming(dsg, "the store after this write");
            outcome[0] = new Outcome(!existed, dsg.getGraph(name).size());
        });
        return outcome[0];
    }

    /** DELETE of a named graph; the rest of the store must still conform without it. */
    public void delete(Node name) {
        knowledgeBase.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (!dsg.containsGraph(name)) {
                throw new GraphNotFoundException(name.getURI());
            }
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            requireConforming(dsg, "the store without this graph");
        });
    }

    /** Per the data model, a source graph names itself as an ikg:SourceDocument and the document it came from. */
    private static void requireSelfDescription(DatasetGraph dsg, Node name) {
        if (!dsg.contains(name, name, RDF.type.asNode(), Ikg.SOURCE_DOCUMENT)
                || !dsg.contains(name, name, Ikg.PROV_WAS_DERIVED_FROM, Node.ANY)) {
            throw new ContractViolationException("the graph <" + name.getURI() + "> must describe itself: <"
                    + name.getURI() + "> a ikg:SourceDocument ; prov:wasDerivedFrom <the document's URL> "
                    + "(see ontology/README.md, provenance)");
        }
    }

    private void requireConforming(DatasetGraph dsg, String what) {
        ValidationReport report = validator.validate(dsg);
        if (!report.conforms()) {
            throw new ContractViolationException(what + " violates the shapes (" + report.violations().size()
                    + " violation(s)):\n" + report.violations().stream().limit(50).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
    }
}
