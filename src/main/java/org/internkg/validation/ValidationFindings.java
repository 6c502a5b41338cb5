package org.internkg.validation;

import java.util.Comparator;
import java.util.List;

import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The validation report of the store as it is now, for the explorer's overlay. Validating the whole store takes
 * seconds, so the report is kept until the next write ({@link KnowledgeBase#revision()}).
 */
@Component
public class ValidationFindings {

    private final KnowledgeBase kb;
    private final KnowledgeBaseValidator validator;
    private volatile Snapshot latest;

    /** A report and the store revision it was computed from. */
    public record Snapshot(long revision, boolean conforms, int violations, int warnings, List<Finding> findings) {
    }

    ValidationFindings(KnowledgeBase kb, KnowledgeBaseValidator validator) {
        this.kb = kb;
        this.validator = validator;
    }

    public Snapshot current() {
        long revision = kb.revision();
        Snapshot cached = latest;
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        synchronized (this) {
            if (latest != null && latest.revision() == kb.revision()) {
                return latest;
            }
            // The revision is read before the report, so a write during validation makes the next call validate again.
            long at = kb.revision();
            ValidationReport report = kb.read(ds -> validator.validate(ds.asDatasetGraph()));
            List<Finding> sorted = report.findings().stream()
                    .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::focus)
                            .thenComparing(f -> f.path() == null ? "" : f.path()).thenComparing(Finding::message))
                    .toList();
            latest = new Snapshot(at, report.conforms(), report.violations().size(), report.warnings().size(), sorted);
            return latest;
        }
    }
}
