package org.internkg.graph;

import java.util.function.BiFunction;

import org.apache.jena.query.Dataset;

/**
 * A value computed from the whole store (a first view, statistics, a report) that is the same for every request
 * until the next write: read once per revision, by one reader at a time, so that requests arriving while it is
 * read wait for it instead of reading it again.
 */
public final class KeptPerRevision<T> {

    private final KnowledgeBase kb;
    private final BiFunction<Dataset, Long, T> read;
    private volatile Kept<T> kept;

    private record Kept<T>(long revision, T value) {
    }

    /** {@code read} gets the revision it is filed under, read before its transaction (never newer than its data). */
    public KeptPerRevision(KnowledgeBase kb, BiFunction<Dataset, Long, T> read) {
        this.kb = kb;
        this.read = read;
    }

    public T get() {
        long revision = kb.revision();
        Kept<T> now = kept;
        if (now != null && now.revision() == revision) {
            return now.value();
        }
        synchronized (this) {
            now = kept;
            if (now == null || now.revision() != revision) {
                now = new Kept<>(revision, kb.read(ds -> read.apply(ds, revision)));
                kept = now;
            }
            return now.value();
        }
    }
}
