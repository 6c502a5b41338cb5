package org.internkg.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.RemoteKnowledgeBase;
import org.internkg.graph.StoreUnavailableException;
import org.springframework.http.HttpStatus;

/**
 * Runs a validated query in a read transaction with the configured timeout and streams the answer to the
 * response as it is computed: rows and triples go out while the query runs, so no full result is held in
 * memory (DESCRIBE, and CONSTRUCT in the non-streaming syntaxes JSON-LD and RDF/XML, are built first; the row
 * cap bounds how many solutions feed them). A DESCRIBE of named IRIs over the store reads them itself
 * ({@link UnionDescribe}).
 */
final class QueryExecutor {

    private final KnowledgeBase knowledgeBase;
    private final QueryProperties limits;
    private final ConcurrencyLimiter limiter;
    private final StoreColumns<LabelColumn> labelColumns;
    private final StoreColumns<ValueColumn> valueColumns;

    QueryExecutor(KnowledgeBase knowledgeBase, QueryProperties limits) {
        this.knowledgeBase = knowledgeBase;
        this.limits = limits;
        this.limiter = ConcurrencyLimiter.of(limits);
        boolean remote = knowledgeBase instanceof RemoteKnowledgeBase;
        DatasetGraph store = remote ? null : knowledgeBase.dataset().asDatasetGraph();
        this.labelColumns = remote ? null : StoreColumns.inBackground(store, "Labels", LabelColumn::builder,
                LabelColumn.MAX_STATEMENTS, LabelColumn.PROPERTIES.size());
        this.valueColumns = remote ? null : StoreColumns.inBackground(store, "Values", ValueColumn::builder,
                ValueColumn.MAX_STATEMENTS, ValueColumn.MAX_PROPERTIES);
    }

    StoreColumns<LabelColumn> labelColumns() {
        return labelColumns;
    }

    StoreColumns<ValueColumn> valueColumns() {
        return valueColumns;
    }

    /** Reads the {@code rdfs:label} column in the background when {@code internkg.query.warm-labels} asks for it. */
    void warmLabels() {
        if (labelColumns != null && limits.warmLabels()) {
            labelColumns.warm(RDFS.label.asNode());
        }
    }

    /** Acquires a slot, runs the query, writes the answer; headers other than Content-Type are already set. */
    void execute(QueryPolicy.ValidatedQuery validated, Format format, HttpServletResponse response) {
        try (ConcurrencyLimiter.Permit permit = limiter.acquire()) {
            knowledgeBase.read(ds -> {
                run(validated, format, response);
                return null;
            });
        }
    }

    private void run(QueryPolicy.ValidatedQuery validated, Format format, HttpServletResponse response) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try (QueryExec exec = builderFor(validated)
                .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            response.setContentType(contentType(format));
            // Writers flush eagerly; holding flushes back keeps the response uncommitted until a real amount of
            // output exists, so a query that times out before its first rows still gets a proper 503.
            HeldBackOutputStream out = new HeldBackOutputStream(response.getOutputStream());
            var query = validated.query();
            if (query.isSelectType()) {
                format.writeResults(out, exec.select());
            } else if (query.isAskType()) {
                format.writeResults(out, exec.ask());
            } else if (query.isConstructType()) {
                writeTriples(exec.constructTriples(), format, out);
            } else {
                RDFDataMgr.write(out, describe(validated, exec, deadline), format.lang());
            }
            out.release();
            response.flushBuffer();
        } catch (IOException e) {
            throw failed(e, response);
        } catch (RuntimeException e) {
            if (e instanceof SparqlException) {
                throw e;
            }
            throw failed(e, response);
        }
    }

    /**
     * Before the first byte is out the client gets a proper status; afterwards only the connection can carry the
     * news, so the error propagates to the container, which closes it without ending the chunked body.
     */
    private RuntimeException failed(Exception e, HttpServletResponse response) {
        boolean timedOut = causedBy(e, QueryCancelledException.class);
        StoreUnavailableException unavailable = unavailable(e);
        if (unavailable != null && !response.isCommitted()) {
            resetKeepingCors(response);
            return new SparqlException(unavailable.status(), unavailable.getMessage());
        }
        if (response.isCommitted()) {
            return new ResponseAbortedException(timedOut
                    ? "query timed out after " + limits.timeout().toMillis() + " ms while streaming; connection closed"
                    : "answer failed while streaming; connection closed", e);
        }
        resetKeepingCors(response);
        if (timedOut) {
            return new SparqlException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the query did not finish within the time limit of " + limits.timeout().toMillis() + " ms");
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            return new ResponseAbortedException("writing the answer failed", e);
        }
        return new SparqlException(HttpStatus.INTERNAL_SERVER_ERROR, "the query failed: " + e.getClass().getSimpleName());
    }

    private StoreUnavailableException unavailable(Exception e) {
        if (e instanceof StoreUnavailableException already) {
            return already;
        }
        return knowledgeBase instanceof RemoteKnowledgeBase remote && e instanceof RuntimeException runtime
                ? remote.unavailable(runtime) : null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Clears headers and buffer for an error answer; the CORS headers stay so a browser can read the error. */
    private static void resetKeepingCors(HttpServletResponse response) {
        List<Map.Entry<String, String>> cors = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (name.regionMatches(true, 0, "Access-Control-", 0, 15) || name.equalsIgnoreCase("Vary")) {
                response.getHeaders(name).forEach(value -> cors.add(Map.entry(name, value)));
            }
        }
        response.reset();
        cors.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
    }

    private Graph describe(QueryPolicy.ValidatedQuery validated, QueryExec exec, long deadline) {
        return overStoreUnion(validated) && UnionDescribe.handles(validated.query())
                ? UnionDescribe.describe(validated.query(), knowledgeBase.dataset().asDatasetGraph(), deadline)
                : exec.describe();
    }

    /**
     * Whether the query reads the embedded store itself, whose default graph is the union of its graphs: the kept
     * columns and the store's own readers ({@link UnionDescribe}) answer only such queries.
     */
    private boolean overStoreUnion(QueryPolicy.ValidatedQuery validated) {
        return validated.dataset() == null && labelColumns != null
                && knowledgeBase.dataset().asDatasetGraph().getContext().isTrue(TDB2.symUnionDefaultGraph);
    }

    /** In this process for the embedded store; for a remote store, on the server with the client's dataset passed on. */
    private QueryExecBuilder builderFor(QueryPolicy.ValidatedQuery validated) {
        if (knowledgeBase instanceof RemoteKnowledgeBase remote) {
            return remote.newQueryExec(validated.query(), validated.dataset(), limits.timeout().toMillis());
        }
        DatasetGraph dataset = datasetFor(validated.dataset());
        QueryExecBuilder builder = PublicQueryContext.apply(QueryExec.dataset(dataset)).query(validated.query());
        // Label filters, top-k and counts per group read the kept columns or the store's indexes.
        if (overStoreUnion(validated)) {
            builder.set(ARQConstants.sysOptimizerFactory, ColumnScanPlanner.FACTORY).set(LabelScan.COLUMNS, labelColumns)
                    .set(RankedScan.COLUMNS, valueColumns);
        }
        return builder;
    }

    /**
     * The store itself, or a view of the named store graphs: the union of the default graphs as default graph,
     * and the named graphs as given. Graphs are only ever looked up in the store, never fetched.
     */
    private DatasetGraph datasetFor(DatasetDescription description) {
        DatasetGraph store = knowledgeBase.dataset().asDatasetGraph();
        if (description == null) {
            return store;
        }
        DatasetGraph view = DynamicDatasets.dynamicDataset(description, store, false);
        // The store's "default graph is the union" flag would otherwise leak into the view.
        view.getContext().unset(TDB2.symUnionDefaultGraph);
        return view;
    }

    private static void writeTriples(Iterator<Triple> triples, Format format, OutputStream out) {
        if (StreamRDFWriter.registered(format.lang())) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.lang());
            stream.start();
            triples.forEachRemaining(stream::triple);
            stream.finish();
        } else {
            Graph graph = GraphFactory.createDefaultGraph();
            triples.forEachRemaining(graph::add);
            RDFDataMgr.write(out, graph, format.lang());
        }
    }

    static String contentType(Format format) {
        String type = format.mediaType();
        return type.startsWith("text/") ? type + ";charset=utf-8" : type;
    }

    /** Ignores the writers' flushes; only a full buffer or {@link #release()} sends bytes on. */
    private static final class HeldBackOutputStream extends java.io.BufferedOutputStream {

        HeldBackOutputStream(OutputStream out) {
            super(out, 16 * 1024);
        }

        @Override
        public void flush() {
        }

        void release() throws IOException {
            super.flush();
        }
    }
}
