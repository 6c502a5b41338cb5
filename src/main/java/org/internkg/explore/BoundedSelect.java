package org.internkg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.internkg.graph.StoreQueries;

/**
 * A SELECT query read from a {@code .rq} resource next to this class, run with its variables bound by Jena
 * (never spliced into the text), a timeout and a row cap. Callers run it inside {@code KnowledgeBase.read}.
 */
final class BoundedSelect {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Model NODES = ModelFactory.createDefaultModel();

    private final String name;
    private final Query query;
    private final int rowCap;

    private BoundedSelect(String name, Query query, int rowCap) {
        this.name = name;
        this.query = query;
        this.rowCap = rowCap;
    }

    static BoundedSelect load(String name, int rowCap) {
        try (InputStream in = BoundedSelect.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + name);
            }
            return new BoundedSelect(name, QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)), rowCap);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + name, e);
        }
    }

    int rowCap() {
        return rowCap;
    }

    /** Rows, at most {@link #rowCap()}; a variable bound to null stays a variable. */
    List<QuerySolution> select(Dataset ds, Map<String, Node> bindings) {
        QueryExecutionBuilder builder = StoreQueries.newQuery(ds).query(query);
        bindings.forEach((var, value) -> {
            if (value != null) {
                builder.substitution(var, NODES.asRDFNode(value));
            }
        });
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = builder.timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultSet results = qe.execSelect();
            while (results.hasNext() && rows.size() < rowCap) {
                rows.add(results.next());
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return name;
    }
}
