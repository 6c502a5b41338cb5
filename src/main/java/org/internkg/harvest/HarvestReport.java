package org.internkg.harvest;

import java.io.PrintStream;
import java.util.Map;

import org.apache.jena.graph.Node;

/** Prints what a harvest read, attached, minted, disputed and changed, for a person at a terminal. */
public final class HarvestReport {

    private HarvestReport() {
    }

    public static void print(HarvestOutcome outcome, PrintStream out) {
        HarvestedGraph h = outcome.harvested();
        HarvestResult r = h.result();
        out.printf("%s (%s) → <%s>%n", r.source().name(), r.source().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                h.name().getURI());
        out.printf("  read: %d model rows, %d news items, %d support rows, %d model cards; %d unreadable rows; %d triples%n",
                r.models().size(), r.news().size(), r.supports().size(), r.cards().size(), r.unreadable().size(), h.graph().size());
        r.unreadable().forEach(u -> out.println("  unreadable: " + u));
        for (Map.Entry<Node, String> minted : h.minted().entrySet()) {
            out.printf("  unreconciled (minted): <%s> \"%s\"%n", minted.getKey().getURI(), minted.getValue());
        }
        h.disagreements().forEach(d -> out.println("  disagreement: " + d));
        if (outcome.previous() == null) {
            // Everything is new in a first version: counts say more than hundreds of "+" lines.
            Map<Change.Kind, Long> counts = outcome.changes().stream()
                    .collect(java.util.stream.Collectors.groupingBy(Change::kind, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            out.printf("  changes: first version of this source (%d models listed, %d supported models)%n",
                    counts.getOrDefault(Change.Kind.ADDED_MODEL, 0L), counts.getOrDefault(Change.Kind.ADDED_SUPPORT, 0L));
        } else {
            out.printf("  changes since <%s>: %d%n", outcome.previous().getURI(), outcome.changes().size());
            outcome.changes().forEach(c -> out.println("    " + c));
        }
        out.println("  stored: " + switch (outcome.status()) {
            case DRY_RUN -> "nothing (dry run)";
            case LIVE -> outcome.previous() == null ? "live" : "live; the version it replaces is in the archive";
            case ARCHIVED_AS_OLDER -> "in the archive only (older than the live version)";
        });
    }
}
