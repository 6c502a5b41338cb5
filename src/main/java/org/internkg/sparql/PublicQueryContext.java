package org.internkg.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * The ARQ settings of every public query, a second line behind {@link QueryPolicy}: no SERVICE executor at all
 * (nothing could call out even if a SERVICE got past the policy), no property functions (they are ARQ code
 * named by the client, and {@code apf:strSplit} runs java.util.regex), regular expressions on RE2J
 * ({@link LinearRegex}), and sorting, grouping and DISTINCT spill to disk beyond a threshold instead of filling
 * the heap.
 */
final class PublicQueryContext {

    /** Bindings held in memory by ORDER BY, DISTINCT and GROUP BY before they spill to temporary files. */
    static final long SPILL_THRESHOLD = 50_000;

    private static final FunctionRegistry FUNCTIONS = LinearRegex.registry();

    private PublicQueryContext() {
    }

    static QueryExecBuilder apply(QueryExecBuilder builder) {
        return builder
                .set(ARQ.httpServiceAllowed, false)
                .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry())
                .set(ARQ.enablePropertyFunctions, false)
                .set(ARQConstants.registryFunctions, FUNCTIONS)
                .set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
    }
}
