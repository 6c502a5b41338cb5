package org.internkg.graph;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;

/**
 * The one store abstraction: the knowledge base as a Jena {@link Dataset} whose default graph is the union of the
 * named graphs (one named graph per source document). Two implementations, chosen by {@code internkg.store.mode}:
 * the embedded TDB2 store (in memory or on disk, transactions) and a remote SPARQL 1.1 server
 * ({@link RemoteKnowledgeBase}). Queries go through {@link StoreQueries} so that they run where the data is.
 */
public interface KnowledgeBase extends AutoCloseable {

    /** An embedded store in memory. */
    static KnowledgeBase inMemory() {
        return EmbeddedKnowledgeBase.inMemory();
    }

    /** An embedded store holding the bundled data, kept no longer than the store is open (as {@link #inMemory}). */
    static KnowledgeBase withBundledData() {
        return EmbeddedKnowledgeBase.withBundledData();
    }

    /** Opens (or creates) the store in {@code directory}; fails with {@link StoreLockedException} when another process holds it. */
    static KnowledgeBase onDisk(Path directory) {
        return EmbeddedKnowledgeBase.onDisk(directory);
    }

    /** The store the configuration names: remote, embedded on disk, or the bundled data kept for this run only. */
    static KnowledgeBase open(StoreProperties properties) {
        if (properties.mode() == StoreProperties.Mode.REMOTE) {
            return new RemoteKnowledgeBase(properties.remote());
        }
        return properties.inMemory() ? withBundledData() : onDisk(properties.location());
    }

    /** Runs {@code action} on a consistent view of the store (a read transaction when embedded). */
    <T> T read(Function<Dataset, T> action);

    /** Runs {@code action} as one all-or-nothing change: an exception leaves the store as it was. */
    void write(Consumer<Dataset> action);

    /** A counter that every write increases: the store revision (ETag, cache key). */
    long revision();

    /** When the store last changed (start-up for a store that has not been written since): Last-Modified. */
    Instant lastModified();

    boolean isEmpty();

    boolean isOnDisk();

    /** The directory of an on-disk embedded store (derived indexes such as search keep their files beside it). */
    default java.util.Optional<Path> location() {
        return java.util.Optional.empty();
    }

    /** The raw dataset, for callers that manage their own transaction (query execution). */
    Dataset dataset();

    @Override
    void close();
}
