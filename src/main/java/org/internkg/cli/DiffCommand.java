package org.internkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.changes.ChangeSet;
import org.internkg.changes.ChangesJson;
import org.internkg.changes.ChangesText;
import org.internkg.changes.ReleaseCatalogue;
import org.internkg.changes.VersionResolver;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.internkg.harvest.HarvestArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code diff A B}: the facts added, removed and changed from one version to another, with their sources. Exit codes
 * as {@code diff(1)}: 0 no differences, 1 differences, 2 trouble.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of the data: facts added (+), removed (-) and changed (~, same subject and "
                + "predicate, another value), each with its source document. A version is a data release (such as 2026.11.0), "
                + "a source version (src:<slug> or the graph IRI; archived harvest versions too, with --store), an RDF file, "
                + "or 'live' (the store now). Blank nodes (reified statements, support records) are matched by content. "
                + "Exit 0: no differences, 1: differences, 2: trouble.")
class DiffCommand implements Callable<Integer> {

    static final int DIFFERENCES = 1;
    static final int TROUBLE = 2;

    /** What the output looks like. */
    enum Output { text, json }

    @Parameters(index = "0", paramLabel = "FROM", description = "The earlier version.")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The later version.")
    private String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default, for reading) or json (for scripts: sides, counts, every change with its source).")
    private Output format;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:INTERNKG_STORE_LOCATION}",
            description = "On-disk store: 'live' and live source versions come from it, archived source versions from its harvest archive "
                    + "(default: $INTERNKG_STORE_LOCATION, else the bundled data).")
    private Path store;

    @Option(names = "--releases", paramLabel = "MANIFEST",
            description = "A further release manifest (Turtle) listing earlier data releases kept as files; repeatable.")
    private List<Path> manifests = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            ReleaseCatalogue releases = ReleaseCatalogue.load(manifests.stream().map(p -> "file:" + p.toAbsolutePath()).toList());
            VersionResolver resolver = new VersionResolver(releases, this::readLive, null,
                    store == null ? HarvestArchive.none() : HarvestArchive.of(store), true);
            ChangeSet changes = ChangeSet.between(resolver.resolve(from), resolver.resolve(to));
            if (format == Output.json) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(ChangesJson.of(changes)));
            } else {
                ChangesText.print(changes, out);
            }
            out.flush();
            return changes.isEmpty() ? 0 : DIFFERENCES;
        } catch (RuntimeException e) {
            System.err.println("internkg diff: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return TROUBLE;
        }
    }

    /** The store now, copied into memory so that the store is closed (and unlocked) again at once. */
    private DatasetGraph readLive() {
        if (store == null) {
            return new BundledData().read();
        }
        if (!java.nio.file.Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store);
        }
        try (KnowledgeBase kb = KnowledgeBase.onDisk(store)) {
            return kb.read(ds -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
