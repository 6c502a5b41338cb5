package org.internkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.graph.StoreQueries;
import org.springframework.core.io.ClassPathResource;

/**
 * A SPARQL query kept in a {@code .rq} file on the class path, parsed once, run with its variables bound by
 * substitution (never by editing the text). Callers run it inside {@code KnowledgeBase.read}; every execution has a
 * timeout, and the queries carry their own LIMIT.
 */
public final class StoredQuery {

    private static final long TIMEOUT_SECONDS = 10;

    private final String name;
    private final Query query;

    private StoredQuery(String name, Query query) {
        this.name = name;
        this.query = query;
    }

    /** Loads and parses {@code path} (ARQ syntax, for CONSTRUCT templates with GRAPH); a broken query fails at start-up. */
    public static StoredQuery load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new StoredQuery(path, QueryFactory.create(text, Syntax.syntaxARQ));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query " + path, e);
        }
    }

    /** The rows, each a map from variable name to node (unbound variables absent), read eagerly inside the transaction. */
    public List<Map<String, Node>> select(Dataset dataset, Map<String, Node> bindings) {
        try (QueryExecution execution = execution(dataset, bindings)) {
            ResultSet results = execution.execSelect();
            List<Map<String, Node>> rows = new ArrayList<>();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, Node> row = new HashMap<>();
                solution.varNames().forEachRemaining(variable -> {
                    RDFNode value = solution.get(variable);
                    if (value != null) {
                        row.put(variable, value.asNode());
                    }
                });
                rows.add(row);
            }
            return rows;
        }
    }

    public List<Map<String, Node>> select(Dataset dataset, Node focus) {
        return select(dataset, Map.of("focus", focus));
    }

    /** The single number a {@code SELECT (COUNT(…) AS ?n)} query answers. */
    public long count(Dataset dataset, Map<String, Node> bindings) {
        List<Map<String, Node>> rows = select(dataset, bindings);
        Node n = rows.isEmpty() ? null : rows.get(0).get("n");
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    public boolean ask(Dataset dataset, Node focus) {
        try (QueryExecution execution = execution(dataset, Map.of("focus", focus))) {
            return execution.execAsk();
        }
    }

    /** A CONSTRUCT whose template keeps graphs ({@code GRAPH ?g {…}}), copied into a new in-memory dataset. */
    public DatasetGraph constructDataset(Dataset dataset, Node focus) {
        try (QueryExecution execution = execution(dataset, Map.of("focus", focus))) {
            DatasetGraph result = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            execution.execConstructQuads().forEachRemaining(result::add);
            return result;
        }
    }

    private QueryExecution execution(Dataset dataset, Map<String, Node> bindings) {
        var builder = StoreQueries.newQuery(dataset).query(query).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        bindings.forEach((variable, node) -> builder.substitution(variable, asRdfNode(node)));
        return builder.build();
    }

    private static RDFNode asRdfNode(Node node) {
        return node.isURI() ? ResourceFactory.createResource(node.getURI())
                : org.apache.jena.rdf.model.ModelFactory.createDefaultModel().asRDFNode(node);
    }

    @Override
    public String toString() {
        return name;
    }
}
