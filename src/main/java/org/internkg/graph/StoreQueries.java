package org.internkg.graph;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;

/**
 * Where a query runs: in this process against the embedded store, or on the server for a remote store (the whole
 * query is sent, with its variables substituted, so the store's own engine and indexes do the work).
 */
public final class StoreQueries {

    private StoreQueries() {
    }

    /** A builder for a query over {@code dataset}, as handed out by {@link KnowledgeBase#read}. */
    public static QueryExecutionBuilder newQuery(Dataset dataset) {
        if (dataset.asDatasetGraph() instanceof RemoteDatasetGraph remote) {
            return remote.store().newQuery();
        }
        return QueryExecution.dataset(dataset);
    }
}
