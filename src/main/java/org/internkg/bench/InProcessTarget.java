package org.internkg.bench;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.internkg.graph.KnowledgeBase;

/**
 * The floor: the same instance run by ARQ in this JVM on the same store, the answer serialized as a server
 * would (SPARQL JSON or Turtle) into nothing. No HTTP, no parsing of the request, no policy.
 */
public final class InProcessTarget implements QueryTarget {

    private final KnowledgeBase store;

    public InProcessTarget(KnowledgeBase store) {
        this.store = store;
    }

    @Override
    public void answer(String text, BenchQuery template) {
        Query query = QueryFactory.create(text);
        store.read(ds -> {
            try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query).build()) {
                OutputStream out = OutputStream.nullOutputStream();
                if (query.isSelectType()) {
                    ResultsWriter.create().lang(org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).build().write(out, exec.select());
                } else if (query.isConstructType()) {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.TURTLE);
                    stream.start();
                    exec.constructTriples().forEachRemaining(stream::triple);
                    stream.finish();
                } else {
                    RDFDataMgr.write(out, exec.describe(), Lang.TURTLE);
                }
            }
            return null;
        });
    }
}
