package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.internkg.export.StoredQuery;
import org.internkg.graph.KnowledgeBase;
import org.internkg.validation.KnowledgeBaseInvalidException;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;

/**
 * Harvests one source version into the store: read, reconcile, build the graph, compare with the previous
 * version, then, in one write transaction, archive the version it replaces, put it live and validate the whole
 * store; a violation aborts the transaction and leaves store and archive as they were.
 */
public final class HarvestService {

    private static final StoredQuery VERSIONS = StoredQuery.load("org/internkg/harvest/source-versions.rq");

    private final KnowledgeBase kb;
    private final KnowledgeBaseValidator validator;
    private final HarvestArchive archive;

    public HarvestService(KnowledgeBase kb, KnowledgeBaseValidator validator, HarvestArchive archive) {
        this.kb = kb;
        this.validator = validator;
        this.archive = archive;
    }

    /** Reads and builds the graph of a source without storing it (the dry run; also the first half of a harvest). */
    public HarvestOutcome preview(SourceText source) {
        HarvestResult result = Harvester.of(source.kind()).read(source);
        if (!result.supports().isEmpty() && source.tool() == null) {
            throw new IllegalArgumentException(source.name() + " lists supported models, but which tool's document is it? Name it with --tool (lmdeploy, xtuner, …)");
        }
        return kb.read(ds -> {
            HarvestedGraph built = new HarvestGraphBuilder(new Reconciler(ds)).build(result);
            Previous previous = previous(ds, source, built.name());
            List<Change> changes = previous == null ? HarvestChanges.firstVersion(built.graph())
                    : HarvestChanges.between(previous.graph(), built.graph());
            return new HarvestOutcome(built, previous == null ? null : previous.name(), changes, HarvestOutcome.Status.DRY_RUN);
        });
    }

    /** Harvests and stores: the newest version of a source is live, older ones go to the archive. */
    public HarvestOutcome harvest(SourceText source) {
        HarvestOutcome preview = preview(source);
        HarvestedGraph built = preview.harvested();
        String generated = source.versionTime().toString();
        boolean[] live = {true};
        kb.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> replaced = new ArrayList<>();
            for (Map<String, Node> row : versions(ds, source)) {
                Node graph = row.get("graph");
                Node at = row.get("generated");
                if (at != null && at.getLiteralLexicalForm().compareTo(generated) > 0 && !graph.equals(built.name())) {
                    live[0] = false;
                } else {
                    replaced.add(graph);
                }
            }
            if (!live[0]) {
                archive.save(built.name(), built.graph());
                return;
            }
            List<Map.Entry<Node, Graph>> toArchive = new ArrayList<>();
            for (Node old : replaced) {
                if (!old.equals(built.name())) {
                    toArchive.add(Map.entry(old, copy(dsg.getGraph(old))));
                }
                dsg.removeGraph(old);
            }
            dsg.addGraph(built.name(), built.graph());
            ValidationReport report = validator.validate(dsg);
            if (!report.conforms()) {
                throw new KnowledgeBaseInvalidException("the store after harvesting " + source.name(), report);
            }
            toArchive.forEach(e -> archive.save(e.getKey(), e.getValue()));
        });
        return new HarvestOutcome(built, preview.previous(), preview.changes(),
                live[0] ? HarvestOutcome.Status.LIVE : HarvestOutcome.Status.ARCHIVED_AS_OLDER);
    }

    private record Previous(Node name, Graph graph) {
    }

    /** The version to compare with: the live one of the same document, else the newest in the archive. */
    private Previous previous(Dataset ds, SourceText source, Node current) {
        String newest = null;
        Node newestGraph = null;
        for (Map<String, Node> row : versions(ds, source)) {
            Node graph = row.get("graph");
            String at = row.containsKey("generated") ? row.get("generated").getLiteralLexicalForm() : "";
            if (!graph.equals(current) && (newest == null || at.compareTo(newest) > 0)) {
                newest = at;
                newestGraph = graph;
            }
        }
        if (newestGraph != null) {
            return new Previous(newestGraph, copy(ds.asDatasetGraph().getGraph(newestGraph)));
        }
        return archive.newestVersionOf(source.stableUrl())
                .map(dsg -> new Previous(dsg.listGraphNodes().next(), HarvestArchive.onlyGraph(dsg)))
                .orElse(null);
    }

    private static List<Map<String, Node>> versions(Dataset ds, SourceText source) {
        if (source.stableUrl() == null) {
            return List.of();
        }
        return VERSIONS.select(ds, Map.of("document", NodeFactory.createURI(source.stableUrl())));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
