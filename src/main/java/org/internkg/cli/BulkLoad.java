package org.internkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.internkg.graph.BundledData;
import org.internkg.graph.RdfFiles;
import org.springframework.util.FileSystemUtils;

/**
 * {@code load --bulk}: Jena's TDB2 phased bulk loader, several times faster than one transaction, but a crash
 * in the middle of it leaves a broken store. So it only builds a new store, in a fresh directory next to the
 * target, and moves it into place when it is complete: an interrupted load leaves the target as it was.
 */
final class BulkLoad {

    private static final String LOADING = ".loading-";

    private final Path location;
    private final String graph;
    private final PrintStream err;

    BulkLoad(Path location, String graph, PrintStream err) {
        this.location = location.toAbsolutePath().normalize();
        this.graph = graph;
        this.err = err;
    }

    /** Loads the bundled data and the files into a new store at the location; returns the exit code. */
    int load(List<Path> files) {
        requireNewStore();
        removeAbandonedLoads();
        Path fresh = location.resolveSibling(location.getFileName() + LOADING + ProcessHandle.current().pid());
        long started = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            new BundledData().read().find().forEachRemaining(sink::quad);
            for (Path file : files) {
                parse(file, graph == null ? sink : StreamRDFLib.extendTriplesToQuads(NodeFactory.createURI(graph), sink));
            }
            err.println("building the indexes …");
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            release(dsg);
            delete(fresh);
            throw e;
        }
        long quads = loader.countTriples() + loader.countQuads();
        release(dsg);
        moveIntoPlace(fresh);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("bulk-loaded %,d quads into %s in %.1f s: %,.0f triples/s%n", quads, location, seconds, quads / seconds);
        return 0;
    }

    private void requireNewStore() {
        if (Files.isDirectory(location)) {
            try (Stream<Path> entries = Files.list(location)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(location + " is not empty: --bulk only builds a new store (the bulk "
                            + "loader does not survive a crash into an existing one); name a new directory, or load "
                            + "without --bulk (one transaction)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location + ": " + e.getMessage(), e);
            }
        } else if (Files.exists(location)) {
            throw new IllegalArgumentException(location + " is a file, not a store directory");
        }
    }

    private void parse(Path file, StreamRDF sink) {
        String name = file.getFileName().toString();
        Lang lang = RdfFiles.langOf(name);
        try (InputStream raw = new LoadCommand.ProgressInputStream(Files.newInputStream(file), Files.size(file), name, err);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RdfFiles.parse(in, lang, file.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores are moved into place whole: the rename is atomic on one file system. */
    private void moveIntoPlace(Path fresh) {
        try {
            Files.deleteIfExists(location);
            Files.move(fresh, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the new store is complete in " + fresh + " but could not be moved to "
                    + location + ": " + e.getMessage(), e);
        }
    }

    /** Half-built stores of bulk loads whose process is gone (killed, crashed): nothing can use them. */
    private void removeAbandonedLoads() {
        Path parent = location.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, location.getFileName() + LOADING + "*")) {
            for (Path leftover : leftovers) {
                String pid = leftover.getFileName().toString().substring(location.getFileName().toString().length() + LOADING.length());
                boolean alive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    err.println("removing the half-built store of an interrupted bulk load: " + leftover);
                    delete(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent + ": " + e.getMessage(), e);
        }
    }

    private static void release(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    private static void delete(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory + ": " + e.getMessage(), e);
        }
    }
}
