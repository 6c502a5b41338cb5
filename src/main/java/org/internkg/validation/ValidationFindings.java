package org.internkg.validation;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The validation report of the store as it is now, for the explorer's overlay. Validating the whole store takes
 * seconds, so the report is kept until the next write ({@link KnowledgeBase#revision()}).
 */
@Component
public class ValidationFindings {

    private final KnowledgeBaseValidator validator;
    private final KeptPerRevision<Snapshot> latest;

    /** A report and the store revision it was computed from. */
    public record Snapshot(long revision, boolean conforms, int violations, int warnings, List<Finding> findings) {
    }

    ValidationFindings(KnowledgeBase kb, KnowledgeBaseValidator validator) {
        this.validator = validator;
        this.latest = new KeptPerRevision<>(kb, this::validate);
    }

    public Snapshot current() {
        return latest.get();
    }

    private Snapshot validate(Dataset ds, long revision) {
        ValidationReport report = validator.validate(ds.asDatasetGraph());
        List<Finding> sorted = report.findings().stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::focus)
                        .thenComparing(f -> f.path() == null ? "" : f.path()).thenComparing(Finding::message))
                .toList();
        return new Snapshot(revision, report.conforms(), report.violations().size(), report.warnings().size(), sorted);
    }
}
