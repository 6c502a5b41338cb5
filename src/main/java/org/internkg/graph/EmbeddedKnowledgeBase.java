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
 * The embedded store: Jena TDB2, in memory or on disk, whose default graph is the union of the named graphs (one
 * named graph per source document). Every access runs in a transaction; every write bumps the revision, which HTTP
 * caching and search indexes key on.
 */
final class EmbeddedKnowledgeBase implements KnowledgeBase {

    private final Dataset dataset;
    private final Path location;
    /** The temporary copy of the bundled store image this store works on, removed on close. */
    private final Path copy;
    private final AtomicLong revision = new AtomicLong(1);
    private volatile Instant lastModified = Instant.now();

    private EmbeddedKnowledgeBase(Dataset dataset, Path location, Path copy) {
        this.dataset = dataset;
        this.location = location;
        this.copy = copy;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    static EmbeddedKnowledgeBase inMemory() {
        return new EmbeddedKnowledgeBase(TDB2Factory.createDataset(), null, null);
    }

    /**
     * The bundled data, from a temporary copy of the build's store image when there is one. It behaves as the
     * in-memory store: nothing is kept past {@link #close}, and derived indexes stay in memory (no location).
     */
    static EmbeddedKnowledgeBase withBundledData() {
        return BundledStoreImage.copy()
                .map(copy -> new EmbeddedKnowledgeBase(TDB2Factory.connectDataset(Location.create(copy)), null, copy))
                .orElseGet(() -> {
                    EmbeddedKnowledgeBase kb = inMemory();
                    new BundledData().loadInto(kb);
                    return kb;
                });
    }

    static EmbeddedKnowledgeBase onDisk(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        StoreLockedException.requireUnlocked(directory);
        return new EmbeddedKnowledgeBase(TDB2Factory.connectDataset(Location.create(directory)), directory, null);
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        Txn.executeWrite(dataset, () -> action.accept(dataset));
        lastModified = Instant.now();
        revision.incrementAndGet();
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public boolean isEmpty() {
        return read(ds -> !ds.asDatasetGraph().find().hasNext());
    }

    @Override
    public boolean isOnDisk() {
        return location != null;
    }

    @Override
    public java.util.Optional<Path> location() {
        return java.util.Optional.ofNullable(location);
    }

    /** The temporary copy of the store image behind a store of the bundled data, if it is one. */
    java.util.Optional<Path> copy() {
        return java.util.Optional.ofNullable(copy);
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        if (location != null) {
            // Expelling releases the directory's lock, so the CLI or a test can open it again.
            TDBInternal.expel(dataset.asDatasetGraph());
        } else if (copy != null) {
            // Forced: a background read (a warm-up) may still hold a transaction, and nothing here is kept anyway.
            TDBInternal.expel(dataset.asDatasetGraph(), true);
            BundledStoreImage.delete(copy);
        } else {
            dataset.close();
        }
    }
}
