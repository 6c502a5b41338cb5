package org.internkg.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.RowSet;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import org.internkg.sparql.SyntaxErrorPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one SPARQL query against the embedded knowledge base. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL 1.1 query against the embedded knowledge base (the default graph is the union of all graphs).")
class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    private String queryText;

    @Option(names = "--format", paramLabel = "F",
            description = "Results: json xml csv tsv (SELECT/ASK; default a text table); graphs: ttl nt jsonld rdfxml trig nq (CONSTRUCT/DESCRIBE; default ttl).")
    private String format;

    @Mixin
    private StoreOption store;

    @Override
    public Integer call() {
        Query query = parse(queryText);
        Format chosen = format == null ? null : Format.byName(format);
        PrintStream out = System.out;
        try (KnowledgeBase kb = store.open()) {
            kb.read(ds -> {
                try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                    if (query.isSelectType() || query.isAskType()) {
                        writeResults(exec, query, chosen, out);
                    } else {
                        Format graphFormat = chosen == null ? Format.TTL : chosen;
                        if (graphFormat.isResults()) {
                            throw new IllegalArgumentException("--format " + graphFormat + " is for SELECT/ASK results; a graph needs one of ttl nt jsonld rdfxml trig nq");
                        }
                        RDFDataMgr.write(out, query.isConstructType() ? exec.execConstruct() : exec.execDescribe(), graphFormat.lang());
                    }
                }
                return null;
            });
        }
        out.flush();
        return 0;
    }

    private static void writeResults(QueryExecution exec, Query query, Format format, PrintStream out) {
        if (format != null && !format.isResults()) {
            throw new IllegalArgumentException("--format " + format + " is for graphs; SELECT/ASK results need one of json xml csv tsv");
        }
        if (query.isAskType()) {
            boolean answer = exec.execAsk();
            if (format == null) {
                out.println(answer);
            } else {
                format.writeResults(out, answer);
            }
        } else if (format == null) {
            ResultSetFormatter.out(out, exec.execSelect(), query.getPrologue());
        } else {
            format.writeResults(out, RowSet.adapt(exec.execSelect()));
        }
    }

    /** Parses SPARQL 1.1; a syntax error reports the line and column of the query text. */
    static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            SyntaxErrorPosition.Position at = SyntaxErrorPosition.of(text)
                    .orElse(new SyntaxErrorPosition.Position(e.getLine(), e.getColumn()));
            throw new IllegalArgumentException("SPARQL syntax error at line " + at.line() + ", column " + at.column()
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
