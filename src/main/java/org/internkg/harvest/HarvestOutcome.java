package org.internkg.harvest;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What a harvest did: the graph it built, the version it was compared with (null for the first version), the
 * changes, and whether the graph went live, into the archive (older than the live version) or nowhere (dry run).
 */
public record HarvestOutcome(HarvestedGraph harvested, Node previous, List<Change> changes, Status status) {

    public enum Status { DRY_RUN, LIVE, ARCHIVED_AS_OLDER }
}
