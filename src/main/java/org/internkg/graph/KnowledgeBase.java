package org.internkg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The one embedded store: Jena TDB2, in memory or on disk, whose default graph is the union of the named
 * graphs (one named graph per source document). Every access runs in a transaction; every write bumps the
 * revision, which HTTP caching and search indexes key on.
 */
public final class KnowledgeBase implements AutoCloseable {

    private final Dataset dataset;
    private final Path location;
    private final AtomicLong revision = new AtomicLong(1);
    private volatile Instant lastModified = Instant.now();

    private KnowledgeBase(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static KnowledgeBase inMemory() {
        return new KnowledgeBase(TDB2Factory.createDataset(), null);
    }

    /** Opens (or creates) the store in {@code directory}; fails with {@link StoreLockedException} when another process holds it. */
    public static KnowledgeBase onDisk(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        StoreLockedException.requireUnlocked(directory);
        return new KnowledgeBase(TDB2Factory.connectDataset(Location.create(directory)), directory);
    }

    public static KnowledgeBase open(StoreProperties properties) {
        return properties.location() == null ? inMemory() : onDisk(properties.location());
    }

    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    public void write(Consumer<Dataset> action) {
        Txn.executeWrite(dataset, () -> action.accept(dataset));
        lastModified = Instant.now();
        revision.incrementAndGet();
    }

    /** A counter that every write increases: the store revision (ETag, cache key). */
    public long revision() {
        return revision.get();
    }

    /** When the store last changed in this process (start-up for a store that has not been written since): Last-Modified. */
    public Instant lastModified() {
        return lastModified;
    }

    public boolean isEmpty() {
        return read(ds -> !ds.asDatasetGraph().find().hasNext());
    }

    public boolean isOnDisk() {
        return location != null;
    }

    /** The raw dataset, for callers that manage their own transaction (query execution). */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        if (location != null) {
            // Expelling releases the directory's lock, so the CLI or a test can open it again.
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }
}
