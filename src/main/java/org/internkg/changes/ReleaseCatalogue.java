package org.internkg.changes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.internkg.graph.BundledData;
import org.internkg.graph.Ikg;
import org.internkg.graph.RdfFiles;
import org.internkg.graph.RdfSyntaxException;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The data releases this build knows: the bundled manifest {@code ontology/releases/releases.ttl} (the release the
 * jar ships, and earlier ones kept as files beside it), plus optional further manifests of earlier releases kept
 * elsewhere. A manifest is Turtle in DCAT terms, relative IRIs resolved against {@value #NS}:
 *
 * <pre>
 * &lt;2026.11.0&gt; a dcat:Dataset ; dcat:version "2026.11.0" ; dcterms:issued "2026-11-28"^^xsd:date ;
 *     dcterms:conformsTo &lt;https://w3id.org/internkg/def/0.1.0&gt; .                      # the bundled data
 * &lt;2026.10.0&gt; a dcat:Dataset ; dcat:version "2026.10.0" ; dcterms:issued "2026-10-30"^^xsd:date ;
 *     dcat:distribution [ dcat:downloadURL &lt;2026.10.0.trig&gt; ] .                       # a file beside the manifest
 * </pre>
 */
public final class ReleaseCatalogue {

    /** Release IRIs, and the base that a manifest's relative IRIs resolve against. */
    public static final String NS = Ikg.NS + "release/";
    public static final String BUNDLED_MANIFEST = "classpath:ontology/releases/releases.ttl";

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final Node DATASET = NodeFactory.createURI(DCAT + "Dataset");
    private static final Node VERSION = NodeFactory.createURI(DCAT + "version");
    private static final Node DISTRIBUTION = NodeFactory.createURI(DCAT + "distribution");
    private static final Node DOWNLOAD_URL = NodeFactory.createURI(DCAT + "downloadURL");

    private final List<DataRelease> releases;
    /** Releases never change once published, so each is parsed once; the catalogue lists a handful. */
    private final java.util.Map<String, DatasetGraph> read = new java.util.concurrent.ConcurrentHashMap<>();

    private ReleaseCatalogue(List<DataRelease> releases) {
        this.releases = releases;
    }

    /** The bundled manifest and then each further manifest (Spring resource locations such as {@code file:/srv/releases.ttl}). */
    public static ReleaseCatalogue load(List<String> furtherManifests) {
        DefaultResourceLoader loader = new DefaultResourceLoader();
        List<DataRelease> all = new ArrayList<>(read(loader.getResource(BUNDLED_MANIFEST), true));
        for (String location : furtherManifests) {
            Resource manifest = loader.getResource(location);
            if (!manifest.exists()) {
                throw new IllegalArgumentException("release manifest not found: " + location);
            }
            for (DataRelease release : read(manifest, false)) {
                if (all.stream().anyMatch(r -> r.id().equals(release.id()))) {
                    throw new IllegalArgumentException(location + ": release " + release.id() + " is listed twice");
                }
                all.add(release);
            }
        }
        all.sort(Comparator.comparing(DataRelease::issued).thenComparing(DataRelease::id).reversed());
        return new ReleaseCatalogue(List.copyOf(all));
    }

    /** Newest first. */
    public List<DataRelease> all() {
        return releases;
    }

    public Optional<DataRelease> find(String id) {
        return releases.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The release this build ships in {@code ontology/data/}. */
    public DataRelease bundled() {
        return releases.stream().filter(DataRelease::isBundled).findFirst()
                .orElseThrow(() -> new IllegalStateException(BUNDLED_MANIFEST + " names no bundled release"));
    }

    /** The quads of a release (read-only: shared between callers), parsed on first use. */
    public DatasetGraph read(DataRelease release) {
        return read.computeIfAbsent(release.id(), id -> parse(release));
    }

    /** The bundled data, or the release's file (syntax errors with file, line and column). */
    private static DatasetGraph parse(DataRelease release) {
        if (release.isBundled()) {
            return new BundledData().read();
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String name = release.file().getFilename();
        try (InputStream in = release.file().getInputStream()) {
            RdfFiles.parse(in, RdfFiles.langOf(name), name, dsg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + release.id() + " from " + release.file().getDescription() + ": " + e.getMessage(), e);
        }
        return dsg;
    }

    private static List<DataRelease> read(Resource manifest, boolean bundled) {
        Graph graph = GraphFactory.createDefaultGraph();
        String name = manifest.getFilename();
        try (InputStream in = manifest.getInputStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(NS).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release manifest " + manifest.getDescription() + ": " + e.getMessage(), e);
        } catch (org.apache.jena.riot.RiotException e) {
            throw new RdfSyntaxException(name, -1, -1, e.getMessage());
        }
        List<DataRelease> found = new ArrayList<>();
        for (Node release : graph.find(Node.ANY, RDF.type.asNode(), DATASET).mapWith(t -> t.getSubject()).toList()) {
            String id = text(graph, release, VERSION);
            String issued = text(graph, release, DCTerms.issued.asNode());
            if (id == null || issued == null) {
                throw new IllegalArgumentException(name + ": release <" + release + "> needs dcat:version and dcterms:issued");
            }
            Node distribution = object(graph, release, DISTRIBUTION);
            Node download = distribution == null ? null : object(graph, distribution, DOWNLOAD_URL);
            Resource file = null;
            if (download != null) {
                String relative = download.getURI().startsWith(NS) ? download.getURI().substring(NS.length()) : null;
                if (relative == null || relative.contains("/") || relative.contains("..")) {
                    throw new IllegalArgumentException(name + ": release " + id + ": dcat:downloadURL must name a file beside the manifest");
                }
                try {
                    file = manifest.createRelative(relative);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!bundled) {
                throw new IllegalArgumentException(name + ": release " + id + " has no file (dcat:distribution); only the bundled manifest names the bundled release");
            }
            Node conforms = object(graph, release, DCTerms.conformsTo.asNode());
            found.add(new DataRelease(id, release.getURI(), issued, conforms == null ? null : conforms.getURI(),
                    text(graph, release, DCTerms.description.asNode()), file));
        }
        if (bundled && found.stream().filter(DataRelease::isBundled).count() != 1) {
            throw new IllegalStateException(name + ": exactly one release must have no file: the bundled data");
        }
        return found;
    }

    private static Node object(Graph graph, Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String text(Graph graph, Node subject, Node property) {
        Node value = object(graph, subject, property);
        return value != null && value.isLiteral() ? value.getLiteralLexicalForm() : null;
    }
}
