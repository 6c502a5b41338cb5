package org.internkg.changes;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.internkg.export.StoredQuery;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/versions}: the four versions side by side, each under its own name: the store revision, the data
 * release (and the earlier ones {@code diff} can compare), the ontology version and every source graph's version.
 */
@RestController
class VersionsController {

    private final KnowledgeBase knowledgeBase;
    private final ReleaseCatalogue releases;
    private final ChangesService changes;
    private final StoredQuery sourceVersions = StoredQuery.load("queries/changes/source-versions.rq");
    private final StoredQuery ontologyVersion = StoredQuery.load("queries/changes/ontology-version.rq");

    VersionsController(KnowledgeBase knowledgeBase, ReleaseCatalogue releases, ChangesService changes) {
        this.knowledgeBase = knowledgeBase;
        this.releases = releases;
        this.changes = changes;
    }

    /**
     * @param storeRevision  the counter every write to the store moves (ETags and caches key on it); not a data version
     * @param dataRelease    the release of the bundled data the store was loaded from
     * @param releases       every release known, newest first ({@code bundled}: the data this build ships)
     * @param ontology       the vocabulary's version
     * @param sources        each source graph in the store with its version (commit, retrieval date, generation time)
     * @param archivedSources graph names of older harvested source versions kept in the harvest archive
     */
    record Versions(long storeRevision, Release dataRelease, List<Release> releases, OntologyVersion ontology,
                    List<SourceVersion> sources, List<String> archivedSources) {
    }

    /** A data release. */
    record Release(String id, String iri, String issued, String ontologyVersion, String description, boolean bundled) {

        static Release of(DataRelease r) {
            return new Release(r.id(), r.iri(), r.issued(), r.ontologyVersion(), r.description(), r.isBundled());
        }
    }

    /** The vocabulary's {@code owl:versionIRI} and {@code owl:versionInfo}. */
    record OntologyVersion(String iri, String versionIri, String versionInfo) {
    }

    /** A source graph's version as it describes itself. */
    record SourceVersion(String graph, String label, String document, String commit, String retrievedOn, String generatedAt, String versionOf) {
    }

    @GetMapping(path = "/api/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    Versions versions() {
        return knowledgeBase.read(ds -> {
            long revision = knowledgeBase.revision();
            List<SourceVersion> sources = sourceVersions.select(ds, Map.of()).stream().map(row -> new SourceVersion(
                    text(row.get("g")), text(row.get("label")), text(row.get("document")), text(row.get("commit")),
                    text(row.get("retrievedOn")), text(row.get("generatedAt")), text(row.get("versionOf")))).toList();
            var ontologyRows = ontologyVersion.select(ds, Map.of("ontology", Ikg.ONTOLOGY_GRAPH));
            OntologyVersion ontology = ontologyRows.isEmpty() ? new OntologyVersion(Ikg.DEF, null, null)
                    : new OntologyVersion(Ikg.DEF, text(ontologyRows.get(0).get("versionIri")), text(ontologyRows.get(0).get("versionInfo")));
            return new Versions(revision, Release.of(releases.bundled()), releases.all().stream().map(Release::of).toList(), ontology,
                    sources, changes.archive().versions().stream().map(Node::getURI).toList());
        });
    }

    private static String text(Node node) {
        if (node == null) {
            return null;
        }
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }
}
