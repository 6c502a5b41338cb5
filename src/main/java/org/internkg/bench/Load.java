package org.internkg.bench;

import java.util.List;

/** A load generator bound to one server: closed-loop clients sending instances, measured after a warm-up. */
public interface Load {

    /** One template at one concurrency, its instances in turn. */
    Measurement run(BenchQuery query, int clients) throws Exception;

    /** The weighted mix of {@code queries} at one concurrency. */
    Measurement runMix(List<BenchQuery> queries, int clients) throws Exception;
}
