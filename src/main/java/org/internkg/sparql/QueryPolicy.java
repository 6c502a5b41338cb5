package org.internkg.sparql;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.update.UpdateFactory;
import org.internkg.security.NestingScanner;
import org.springframework.http.HttpStatus;

/**
 * Validates a protocol request before anything touches the store: the query parses as SPARQL 1.1 Query, it
 * makes the server fetch nothing and run no code named by the client, and its result is capped.
 *
 * <p>Refused: {@code SERVICE} anywhere (inside OPTIONAL, FILTER EXISTS, subqueries, {@code SERVICE SILENT}
 * too), because a federated query makes this server an HTTP client on behalf of anyone (SSRF); functions and
 * property functions named by {@code java:} IRIs, which ARQ would load as classes; ARQ's script functions
 * ({@code js:} and {@code http://jena.apache.org/ARQ/jsFunction#}); SPARQL Update, which includes {@code LOAD}.
 * FROM / FROM NAMED and the protocol's graph parameters only ever name graphs already in the store.
 */
public final class QueryPolicy {

    /** ARQ's namespace for JavaScript functions ({@code ARQConstants.JavaScriptURI}). */
    static final String SCRIPT_FUNCTIONS = "http://jena.apache.org/ARQ/jsFunction#";

    private final QueryProperties limits;

    public QueryPolicy(QueryProperties limits) {
        this.limits = limits;
    }

    /** A query that passed the policy, ready to run: the LIMIT is capped and the dataset is store graphs only. */
    public record ValidatedQuery(Query query, String text, DatasetDescription dataset) {
    }

    public ValidatedQuery validate(ProtocolRequest request) {
        String text = request.query();
        if (text == null) {
            throw SparqlException.badRequest("no query given (parameter query=, or a POST with Content-Type application/sparql-query)");
        }
        if (text.length() > limits.maxLength()) {
            throw new SparqlException(HttpStatus.CONTENT_TOO_LARGE,
                    "the query is " + text.length() + " characters long; the limit is " + limits.maxLength());
        }
        if (text.isBlank()) {
            throw SparqlException.badRequest("the query is empty");
        }
        checkShape(text);
        Query query;
        try {
            query = parse(text);
            check(query);
            query = LinearRegex.rewrite(query);
        } catch (StackOverflowError e) {
            // The pre-scan should have caught it; a shape it does not measure still gets a reason, never a 500.
            throw SparqlException.badRequest("the query is nested too deeply to be read");
        }
        DatasetDescription dataset = datasetOf(request, query);
        // The store graphs are bound by the server, so the query keeps no FROM / FROM NAMED of its own.
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        capRows(query);
        return new ValidatedQuery(query, text, dataset);
    }

    /** Bracket depth and path / operator chains, measured on the text before the (recursive) parser runs. */
    private void checkShape(String text) {
        NestingScanner.Shape shape = NestingScanner.scan(text);
        if (shape.depth() > limits.maxDepth()) {
            throw SparqlException.badRequest("the query nests brackets " + shape.depth() + " deep; the limit is "
                    + limits.maxDepth() + " (internkg.query.max-depth)");
        }
        if (shape.longestChain() > limits.maxPathLength()) {
            throw SparqlException.badRequest("a property path or expression in the query chains " + shape.longestChain()
                    + " steps; the limit is " + limits.maxPathLength() + " (internkg.query.max-path-length)");
        }
    }

    static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw SparqlException.badRequest("SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is not accepted: "
                        + "this endpoint is read-only and answers SPARQL 1.1 queries only");
            }
            throw SparqlException.badRequest(syntaxMessage(text, e));
        } catch (RuntimeException e) {
            throw SparqlException.badRequest("the query cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException notAnUpdateEither) {
            return false;
        }
    }

    private static String syntaxMessage(String text, QueryParseException e) {
        String detail = firstLine(e.getMessage());
        SyntaxErrorPosition.Position at = SyntaxErrorPosition.of(text)
                .orElse(new SyntaxErrorPosition.Position(e.getLine(), e.getColumn()));
        if (at.line() > 0) {
            return "Syntax error at line " + at.line() + ", column " + at.column() + ": " + detail;
        }
        return "Syntax error: " + detail;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** Walks the whole algebra, expressions included (FILTER EXISTS patterns, subqueries, BIND, ORDER BY …). */
    static void check(Query query) {
        if (query.getQueryPattern() == null) {
            return;
        }
        Op op = Algebra.compile(query);
        ExprVisitorBase functions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function function) {
                    checkIri(function.getFunctionIRI());
                }
            }
        };
        Walker.walk(op, new OpVisitorBase() {
            /** The walker does not reach sort conditions (ORDER BY, also in subqueries) by itself. */
            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpOrder order) {
                order.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), functions));
            }

            @Override
            public void visit(OpService service) {
                throw SparqlException.badRequest("SERVICE (federated query) is not allowed: this endpoint does not "
                        + "fetch from other services; asked for " + service.getService());
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(QueryPolicy::checkPredicate);
            }

            @Override
            public void visit(OpTriple triple) {
                checkPredicate(triple.getTriple());
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().getList().stream().map(Quad::asTriple).forEach(QueryPolicy::checkPredicate);
            }

            @Override
            public void visit(OpPath path) {
                checkIri(path.getTriplePath().getPath().toString());
            }

            @Override
            public void visit(OpPropFunc propFunc) {
                checkIri(propFunc.getProperty().getURI());
            }
        }, functions);
    }

    private static void checkPredicate(Triple triple) {
        Node p = triple.getPredicate();
        if (p.isURI()) {
            checkIri(p.getURI());
        }
    }

    private static void checkIri(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("java:") || lower.contains("<java:")) {
            throw SparqlException.badRequest("functions named by java: IRIs are not allowed: " + iri);
        }
        if (lower.startsWith("js:") || lower.startsWith(SCRIPT_FUNCTIONS.toLowerCase(Locale.ROOT))
                || lower.contains("<js:") || lower.contains("<" + SCRIPT_FUNCTIONS.toLowerCase(Locale.ROOT))) {
            throw SparqlException.badRequest("script functions are not allowed: " + iri);
        }
    }

    /** Protocol parameters win over FROM / FROM NAMED; both name graphs in the store only. */
    private static DatasetDescription datasetOf(ProtocolRequest request, Query query) {
        List<String> defaults = request.defaultGraphs();
        List<String> named = request.namedGraphs();
        if (defaults.isEmpty() && named.isEmpty()) {
            if (!query.hasDatasetDescription()) {
                return null;
            }
            defaults = query.getGraphURIs();
            named = query.getNamedGraphURIs();
        }
        defaults.forEach(QueryPolicy::checkGraphName);
        named.forEach(QueryPolicy::checkGraphName);
        return DatasetDescription.create(List.copyOf(defaults), List.copyOf(named));
    }

    private static void checkGraphName(String name) {
        try {
            IRIx iri = IRIx.create(name);
            if (!iri.isReference()) {
                throw SparqlException.badRequest("graph name must be an absolute IRI: " + name);
            }
        } catch (IRIException e) {
            throw SparqlException.badRequest("graph name is not an IRI: " + name);
        }
    }

    private void capRows(Query query) {
        if (!query.hasLimit() || query.getLimit() > limits.maxRows()) {
            query.setLimit(limits.maxRows());
        }
    }
}
