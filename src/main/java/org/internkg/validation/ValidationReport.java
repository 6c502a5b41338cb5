package org.internkg.validation;

import java.util.List;
import java.util.stream.Collectors;

/** What validation found; conforms when nothing is a violation (warnings never stop anything). */
public record ValidationReport(List<Finding> findings) {

    public boolean conforms() {
        return violations().isEmpty();
    }

    public List<Finding> violations() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    /** One line per finding, violations first. */
    public String describe() {
        return findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity()))
                .map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
