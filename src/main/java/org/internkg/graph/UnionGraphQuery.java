package org.internkg.graph;

import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A query for a server whose default graph is not the union of its named graphs: the query pattern is put inside
 * {@code GRAPH <union graph> { … }}. Patterns outside any GRAPH then read the union, and the query's own
 * {@code GRAPH ?g} patterns still see every named graph. (Asking with {@code default-graph-uri=urn:x-arq:UnionGraph}
 * instead gives the union but, on Fuseki 5.6, a dataset without named graphs, which provenance queries need.)
 */
final class UnionGraphQuery implements QueryExecutionBuilder {

    private final QueryExecutionHTTPBuilder http;
    private final String unionGraph;

    UnionGraphQuery(QueryExecutionHTTPBuilder http, String unionGraph) {
        this.http = http;
        this.unionGraph = unionGraph;
    }

    /** {@code query} with its pattern read from the union graph; {@code query} itself is not changed. */
    static Query overUnion(Query query, String unionGraph) {
        if (query.getQueryPattern() == null) {
            return query;
        }
        // A fresh parse, not cloneQuery(): the copy must keep every part (a CONSTRUCT keeps its template).
        Query copy = QueryFactory.create(query.serialize(), Syntax.syntaxARQ);
        copy.setQueryPattern(new ElementNamedGraph(NodeFactory.createURI(unionGraph), copy.getQueryPattern()));
        return copy;
    }

    @Override
    public QueryExecutionBuilder query(Query query) {
        http.query(overUnion(query, unionGraph));
        return this;
    }

    @Override
    public QueryExecutionBuilder query(String queryString) {
        return query(QueryFactory.create(queryString));
    }

    @Override
    public QueryExecutionBuilder query(String queryString, Syntax syntax) {
        return query(QueryFactory.create(queryString, syntax));
    }

    @Override
    public QueryExecutionBuilder parseCheck(boolean parseCheck) {
        http.parseCheck(parseCheck);
        return this;
    }

    @Override
    public QueryExecutionBuilder set(Symbol symbol, Object value) {
        http.set(symbol, value);
        return this;
    }

    @Override
    public QueryExecutionBuilder set(Symbol symbol, boolean value) {
        http.set(symbol, value);
        return this;
    }

    @Override
    public QueryExecutionBuilder context(Context context) {
        http.context(context);
        return this;
    }

    @Override
    public QueryExecutionBuilder substitution(QuerySolution querySolution) {
        http.substitution(querySolution);
        return this;
    }

    @Override
    public QueryExecutionBuilder substitution(String varName, RDFNode value) {
        http.substitution(varName, value);
        return this;
    }

    @Override
    public QueryExecutionBuilder timeout(long value, TimeUnit timeUnit) {
        http.timeout(value, timeUnit);
        return this;
    }

    @Override
    public QueryExecution build() {
        return http.build();
    }
}
