package org.internkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.RdfFiles;
import org.internkg.graph.RemoteKnowledgeBase;
import org.internkg.validation.KnowledgeBaseInvalidException;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads files into the on-disk store in one transaction: a syntax error or a violation in any file leaves the
 * store exactly as it was.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load RDF files into the on-disk store, all or nothing. Triples go into --graph; "
                + "quads (TriG, N-Quads) keep their own graphs. The result must conform to the shapes.")
class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*")
    private List<Path> files = List.of();

    @Option(names = "--graph", paramLabel = "IRI", description = "Named graph for the triples of the files (required for triple syntaxes).")
    private String graph;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:INTERNKG_STORE_LOCATION}",
            description = "The on-disk TDB2 store (default: $INTERNKG_STORE_LOCATION).")
    private Path location;

    @Option(names = "--remote", paramLabel = "URL", arity = "0..1", fallbackValue = "",
            description = "With a URL: send the files to a running server instead (its base URL), each as one Graph Store POST to --graph. "
                    + "Alone: put the knowledge base (and any files) into the empty remote SPARQL store named by --query-url, "
                    + "--update-url, --gsp-url (or $INTERNKG_STORE_REMOTE_QUERY_URL …).")
    private String remote;

    @picocli.CommandLine.Mixin
    private RemoteStoreOptions remoteStore = new RemoteStoreOptions();

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:INTERNKG_WRITE_TOKEN}",
            description = "The server's write token for --remote (default: $INTERNKG_WRITE_TOKEN).")
    private String token;

    @Option(names = "--no-validate", description = "Skip the shapes check (for very large loads that are checked elsewhere).")
    private boolean skipValidation;

    @Option(names = "--bulk", description = "Build a new store with Jena's TDB2 bulk loader (much faster for millions of "
            + "triples; the location must be new or empty; checks syntax only: check the files with 'validate' first).")
    private boolean bulk;

    @Override
    public Integer call() {
        for (Path file : files) {
            requireGraphFor(file);
        }
        if ("".equals(remote)) {
            return fillRemoteStore();
        }
        if (remote != null && !remote.matches("(?i)https?://.*")) {
            throw new IllegalArgumentException("--remote takes a server's http(s) URL, not " + remote
                    + "; to fill the configured remote SPARQL store, write --remote last or before another option");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one FILE to load");
        }
        if (remote != null) {
            return new RemoteLoad(java.net.URI.create(remote), token, graph).send(files);
        }
        if (location == null) {
            throw new IllegalArgumentException("name the store with --store DIR (or $INTERNKG_STORE_LOCATION), or a server with --remote URL");
        }
        if (bulk) {
            return new BulkLoad(location, graph, System.err).load(files);
        }
        try (KnowledgeBase kb = KnowledgeBase.onDisk(location)) {
            BundledData bundled = new BundledData();
            if (kb.isEmpty()) {
                bundled.loadInto(kb);
            }
            KnowledgeBaseValidator validator = skipValidation ? null : new KnowledgeBaseValidator(bundled);
            kb.write(ds -> loadChecked(ds.asDatasetGraph(), validator, "the store after loading " + files));
        }
        System.err.printf("loaded %d file(s) into %s%n", files.size(), location);
        return 0;
    }

    /** The files into {@code dsg}, then the shapes and checks unless skipped; a violation undoes the transaction. */
    private void loadChecked(DatasetGraph dsg, KnowledgeBaseValidator validator, String what) {
        for (Path file : files) {
            loadFile(file, dsg);
        }
        if (validator != null) {
            ValidationReport report = validator.validate(dsg);
            if (!report.conforms()) {
                throw new KnowledgeBaseInvalidException(what, report);
            }
        }
    }

    /** The bundled knowledge base and the files, checked here first, then sent to the empty store graph by graph. */
    private int fillRemoteStore() {
        BundledData bundled = new BundledData();
        DatasetGraph all;
        try (KnowledgeBase local = KnowledgeBase.withBundledData()) {
            KnowledgeBaseValidator validator = skipValidation ? null : new KnowledgeBaseValidator(bundled);
            local.write(ds -> loadChecked(ds.asDatasetGraph(), validator, "the knowledge base with " + files));
            all = local.read(ds -> {
                DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
        try (RemoteKnowledgeBase store = new RemoteKnowledgeBase(remoteStore.properties())) {
            int graphs = store.loadIntoEmpty(all);
            System.err.printf("loaded %d named graphs into the remote store %s%n", graphs, remoteStore.queryUrl);
        }
        return 0;
    }

    private void requireGraphFor(Path file) {
        Lang lang = RdfFiles.langOf(file.getFileName().toString());
        if (graph == null && RDFLanguages.isTriples(lang)) {
            throw new IllegalArgumentException(file + " holds triples: name the graph they go into with --graph IRI");
        }
    }

    private void loadFile(Path file, DatasetGraph dsg) {
        Lang lang = RdfFiles.langOf(file.getFileName().toString());
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        if (graph != null) {
            Node name = NodeFactory.createURI(graph);
            sink = StreamRDFLib.extendTriplesToQuads(name, sink);
        }
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), Files.size(file), file.getFileName().toString(), System.err)) {
            RdfFiles.parse(in, lang, file.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Draws a progress bar on standard error for files large enough to make a person wait. */
    static final class ProgressInputStream extends java.io.FilterInputStream {

        private static final long WORTH_A_BAR = 4L << 20;
        private final long size;
        private final String name;
        private final PrintStream err;
        private long read;
        private int shownPercent = -1;

        ProgressInputStream(InputStream in, long size, String name, PrintStream err) {
            super(in);
            this.size = size;
            this.name = name;
            this.err = err;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            advance(Math.max(n, 0));
            return n;
        }

        private void advance(int n) {
            read += n;
            if (size < WORTH_A_BAR) {
                return;
            }
            int percent = (int) (read * 100 / size);
            // A terminal redraws one line; a log file (no console) gets a line every 10 % instead of 100 redraws.
            int step = System.console() != null ? 1 : 10;
            if (percent != shownPercent && percent % step == 0) {
                shownPercent = percent;
                String bar = "#".repeat(percent / 5) + " ".repeat(20 - percent / 5);
                err.printf(step == 1 ? "\r[%s] %3d%% %s" : "[%s] %3d%% %s%n", bar, percent, name);
                if (percent == 100 && step == 1) {
                    err.println();
                }
            }
        }
    }
}
