package org.internkg.validation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start-up validation into the report itself instead of a stack trace. */
class InvalidKnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseInvalidException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeBaseInvalidException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the data named above (ontology/data/*.trig) or run 'validate FILE...' to check a file before loading it.",
                cause);
    }
}
