package org.internkg.bench;

/** Something that answers a query instance completely (the whole answer read), or fails. */
@FunctionalInterface
public interface QueryTarget {

    /** Runs one instance; returns normally only when the full answer arrived with success. */
    void answer(String query, BenchQuery template) throws Exception;
}
