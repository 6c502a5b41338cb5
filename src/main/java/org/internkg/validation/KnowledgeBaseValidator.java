package org.internkg.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.internkg.graph.BundledData;
import org.internkg.graph.Ikg;
import org.springframework.core.io.Resource;

/**
 * Runs the SHACL shapes and the {@code checks/*-violation.rq} queries over a dataset. SHACL sees one graph, so
 * the dataset is flattened and each resource gets a computed {@code ikg:statedIn} triple per source graph that
 * states something about it: that is how "every fact carries its source" becomes a shape.
 */
public final class KnowledgeBaseValidator {

    private final BundledData bundled;
    private Shapes shapes;
    private List<Resource> checks;

    /** Reads the shapes and checks at the first validation: a server that validates nothing at start-up never waits for SHACL. */
    public KnowledgeBaseValidator(BundledData bundled) {
        this.bundled = bundled;
    }

    public ValidationReport validate(DatasetGraph dataset) {
        Graph graph = flatten(dataset);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : ShaclValidator.get().validate(shapes(), graph).getEntries()) {
            findings.add(new Finding(show(entry.focusNode()), entry.resultPath() == null ? null : entry.resultPath().toString(),
                    severity(entry.severity()), englishMessage(entry)));
        }
        for (Resource check : checks()) {
            findings.addAll(runCheck(check, graph));
        }
        return new ValidationReport(List.copyOf(findings));
    }

    private synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(bundled.shapes().getDefaultGraph());
        }
        return shapes;
    }

    private synchronized List<Resource> checks() {
        if (checks == null) {
            checks = bundled.checks();
        }
        return checks;
    }

    /** The union of every graph, plus {@code ?s ikg:statedIn ?g} for each source graph {@code ?g} in which {@code ?s} is a subject. */
    static Graph flatten(DatasetGraph dataset) {
        Graph graph = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(quad -> graph.add(quad.asTriple()));
        dataset.listGraphNodes().forEachRemaining(name -> {
            if (isSourceDocument(dataset, name)) {
                dataset.getGraph(name).find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet()
                        .forEach(subject -> graph.add(Triple.create(subject, Ikg.STATED_IN, name)));
            }
        });
        return graph;
    }

    private static boolean isSourceDocument(DatasetGraph dataset, Node graphName) {
        return dataset.contains(graphName, graphName, Ikg.PROV_WAS_DERIVED_FROM, Node.ANY);
    }

    private static List<Finding> runCheck(Resource check, Graph graph) {
        String name = check.getFilename();
        String text;
        try (InputStream in = check.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check " + name, e);
        }
        List<Finding> findings = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(QueryFactory.create(text), ModelFactory.createModelForGraph(graph))) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String focus = row.contains("focus") ? show(row.get("focus").asNode()) : "(dataset)";
                String message = row.contains("message") && row.get("message").isLiteral()
                        ? row.getLiteral("message").getLexicalForm() : "returned a row";
                findings.add(new Finding(focus, null, Finding.Severity.VIOLATION, message + " [check " + name + "]"));
            }
        } catch (QueryParseException e) {
            throw new IllegalStateException("check " + name + " is not valid SPARQL: " + e.getMessage(), e);
        }
        return findings;
    }

    /** Shapes carry messages in English and Chinese; reports (terminal, logs) use the English one. */
    private static String englishMessage(ReportEntry entry) {
        return entry.messages().stream().filter(Node::isLiteral)
                .filter(m -> m.getLiteralLanguage().isEmpty() || m.getLiteralLanguage().startsWith("en"))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(entry.message());
    }

    private static String show(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private static Finding.Severity severity(Severity severity) {
        if (Severity.Violation.equals(severity)) {
            return Finding.Severity.VIOLATION;
        }
        return Severity.Warning.equals(severity) ? Finding.Severity.WARNING : Finding.Severity.INFO;
    }
}
