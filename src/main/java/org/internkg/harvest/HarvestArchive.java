package org.internkg.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.internkg.graph.Ikg;

/**
 * Older versions of harvested sources, kept outside the live dataset: TDB2's union default graph contains every
 * named graph, so an archived version inside the store would still be "live". One N-Quads file per version,
 * under {@code <store>/harvest-archive/} (TDB2 only reads its own {@code Data-*} directories there).
 */
public final class HarvestArchive {

    private final Path directory;

    public HarvestArchive(Path directory) {
        this.directory = directory;
    }

    /** No archive: for dry runs and remote harvests without a local store (nothing to compare with, nothing to keep). */
    public static HarvestArchive none() {
        return new HarvestArchive(null);
    }

    /** The archive beside an on-disk store. */
    public static HarvestArchive of(Path storeDirectory) {
        return new HarvestArchive(storeDirectory.resolve("harvest-archive"));
    }

    public Path directory() {
        return directory;
    }

    public void save(Node graphName, Graph graph) {
        if (directory == null) {
            throw new IllegalStateException("no archive: harvest into an on-disk store (--store DIR) to keep older versions");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(graphName, graph);
        try {
            Files.createDirectories(directory);
            Path file = fileOf(graphName);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the harvest archive in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The newest archived version of a document (by {@code prov:generatedAtTime}), if any. */
    public Optional<DatasetGraph> newestVersionOf(String stableUrl) {
        if (stableUrl == null || directory == null || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Node document = org.apache.jena.graph.NodeFactory.createURI(stableUrl);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq")).map(HarvestArchive::read)
                    .filter(dsg -> dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.isVersionOf.asNode(), document).hasNext())
                    .max(java.util.Comparator.comparing(HarvestArchive::generatedAt));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the harvest archive " + directory + ": " + e.getMessage(), e);
        }
    }

    /** One archived version by its graph name, if the archive holds it. */
    public Optional<DatasetGraph> version(Node graphName) {
        if (directory == null || !graphName.isURI() || !graphName.getURI().startsWith(Ikg.SOURCE)) {
            return Optional.empty();
        }
        Path file = fileOf(graphName);
        // The slug becomes a file name: anything that could leave the directory is no archived version.
        if (!file.normalize().getParent().equals(directory.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** The graph names of the archived versions, sorted. */
    public java.util.List<Node> versions() {
        if (directory == null || !Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".nq")).sorted()
                    .map(n -> org.apache.jena.graph.NodeFactory.createURI(Ikg.SOURCE + n.substring(0, n.length() - 3))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the harvest archive " + directory + ": " + e.getMessage(), e);
        }
    }

    /** How many versions the archive holds. */
    public long size() {
        if (directory == null || !Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fileOf(Node graphName) {
        return directory.resolve(graphName.getURI().substring(Ikg.SOURCE.length()) + ".nq");
    }

    private static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Files.newInputStream(file)) {
            RDFDataMgr.read(dsg, in, Lang.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return dsg;
    }

    private static String generatedAt(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Node.ANY)
                .next().getObject().getLiteralLexicalForm();
    }

    /** The single graph of an archived version. */
    static Graph onlyGraph(DatasetGraph dsg) {
        Node name = dsg.listGraphNodes().next();
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(copy::add);
        return copy;
    }
}
