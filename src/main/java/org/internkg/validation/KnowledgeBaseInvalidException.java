package org.internkg.validation;

/** The data breaks a shape or a check: start-up or a load stops, and the report says what and where. */
public class KnowledgeBaseInvalidException extends RuntimeException {

    private final transient ValidationReport report;

    public KnowledgeBaseInvalidException(String what, ValidationReport report) {
        super(what + " does not conform to the shapes (" + report.violations().size() + " violations):"
                + System.lineSeparator() + report.describe());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
