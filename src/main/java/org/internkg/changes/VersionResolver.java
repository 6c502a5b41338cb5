package org.internkg.changes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.Ikg;
import org.internkg.graph.RdfFiles;
import org.internkg.harvest.HarvestArchive;

/**
 * Turns what a user names into a {@link Version}: {@code live} (the store now), a data release id
 * ({@code 2026.11.0}), a source version (a source graph IRI or {@code src:<slug>}: archived first, else live), or,
 * on the command line only, an RDF file. The web API never opens files.
 */
public final class VersionResolver {

    /** The name of the store as it is now. */
    public static final String LIVE = "live";

    private static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");

    private final ReleaseCatalogue releases;
    private final Supplier<DatasetGraph> live;
    private final String liveDate;
    private final HarvestArchive archive;
    private final boolean allowFiles;

    /**
     * @param live       a copy of the store now, asked for only when a name needs it (opening an on-disk store locks it)
     * @param liveDate   when the store last changed, or null
     * @param allowFiles whether a name may be a file path (command line) or not (web)
     */
    public VersionResolver(ReleaseCatalogue releases, Supplier<DatasetGraph> live, String liveDate, HarvestArchive archive, boolean allowFiles) {
        this.releases = releases;
        this.live = once(live);
        this.liveDate = liveDate;
        this.archive = archive;
        this.allowFiles = allowFiles;
    }

    public Version resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new UnknownVersionException(String.valueOf(name), "name a version: a data release (" + releaseIds() + "), a source graph or "
                    + (allowFiles ? "an RDF file" : "live"));
        }
        String wanted = name.strip();
        if (wanted.equals(LIVE)) {
            return new Version(LIVE, VersionKind.LIVE, liveDate, live.get(), null);
        }
        Optional<DataRelease> release = releases.find(wanted);
        if (release.isPresent()) {
            DataRelease r = release.get();
            return new Version(r.id(), VersionKind.DATA_RELEASE, r.issued(), releases.read(r), null);
        }
        Node graph = sourceGraph(wanted);
        if (graph != null) {
            Optional<DatasetGraph> version = archive.version(graph).or(() -> onlyGraph(live.get(), graph));
            if (version.isPresent()) {
                SourceInfo info = SourceInfo.of(version.get(), graph);
                return new Version(graph.getURI(), VersionKind.SOURCE_VERSION, dateOf(version.get(), graph, info), version.get(), Set.of(info.key()));
            }
            throw new UnknownVersionException(wanted, "no source version <" + graph.getURI() + ">: not in the store"
                    + (archive.directory() == null ? "" : " nor in the harvest archive " + archive.directory()));
        }
        if (allowFiles && Files.isRegularFile(Path.of(wanted))) {
            return new Version(wanted, VersionKind.FILE, null, RdfFiles.readDataset(Path.of(wanted)), null);
        }
        throw new UnknownVersionException(wanted, "unknown version '" + wanted + "': not a data release (" + releaseIds() + "), "
                + "a source graph (src:<slug> or its IRI)" + (allowFiles ? ", an existing RDF file" : "") + " or '" + LIVE + "'");
    }

    /** Copies the store at most once per comparison, however many names need it. */
    private static Supplier<DatasetGraph> once(Supplier<DatasetGraph> supplier) {
        DatasetGraph[] kept = new DatasetGraph[1];
        return () -> {
            if (kept[0] == null) {
                kept[0] = supplier.get();
            }
            return kept[0];
        };
    }

    private String releaseIds() {
        return releases.all().stream().map(DataRelease::id).collect(Collectors.joining(", "));
    }

    private static Node sourceGraph(String name) {
        if (name.startsWith("src:")) {
            return NodeFactory.createURI(Ikg.SOURCE + name.substring(4));
        }
        return name.startsWith(Ikg.SOURCE) ? NodeFactory.createURI(name) : null;
    }

    private static Optional<DatasetGraph> onlyGraph(DatasetGraph dsg, Node graph) {
        if (!dsg.containsGraph(graph) || dsg.getGraph(graph).isEmpty()) {
            return Optional.empty();
        }
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        dsg.getGraph(graph).find().forEachRemaining(t -> one.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return Optional.of(one);
    }

    /** When a harvested version was made, else when the source was read. */
    private static String dateOf(DatasetGraph dsg, Node graph, SourceInfo info) {
        var generated = dsg.find(graph, graph, GENERATED_AT, Node.ANY);
        if (generated.hasNext()) {
            return generated.next().getObject().getLiteralLexicalForm();
        }
        return info.retrievedOn();
    }
}
