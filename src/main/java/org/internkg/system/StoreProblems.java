package org.internkg.system;

import org.internkg.graph.StoreUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details of a store that could not answer: shared by the explorer API's own error mapping and the
 * mapping every other controller falls back to, so both say the same thing with the same status.
 */
public final class StoreProblems {

    private StoreProblems() {
    }

    /** A query past its time limit: 503, the client may retry later. */
    public static ProblemDetail timeout() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The knowledge base did not answer in time.");
        problem.setTitle("Query timeout");
        return problem;
    }

    /** The remote store down or slow: 502 or 504 with the reason. */
    public static ProblemDetail unavailable(StoreUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Knowledge base unavailable");
        return problem;
    }
}
