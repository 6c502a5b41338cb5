package org.internkg.bench;

import java.util.List;

/**
 * The load from Java threads in this JVM, one request at a time per client through {@code target}: the only
 * choice for the in-process floor, and the fallback for HTTP when {@code wrk} is not installed (its client costs a
 * few milliseconds per request more than wrk's, which narrows the ratios of cheap queries).
 */
public record JavaClientLoad(LoadDriver driver, QueryTarget target) implements Load {

    @Override
    public Measurement run(BenchQuery query, int clients) throws InterruptedException {
        return driver.run(target, query, clients);
    }

    @Override
    public Measurement runMix(List<BenchQuery> queries, int clients) throws InterruptedException {
        return driver.runMix(target, queries, clients);
    }
}
