package org.internkg.explore;

import java.net.URI;

import org.apache.jena.query.QueryCancelledException;
import org.internkg.graph.StoreUnavailableException;
import org.internkg.system.ClientGone;
import org.internkg.system.StoreProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one error model of the explorer's JSON API: RFC 9457 problem details ({@code application/problem+json}). */
@RestControllerAdvice(assignableTypes = {ExploreController.class, InsightController.class, MatrixController.class, ExpandController.class})
class ExploreProblems {

    private static final Logger log = LoggerFactory.getLogger(ExploreProblems.class);

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return e.toProblem();
    }

    @ExceptionHandler
    ProblemDetail unknownResource(UnknownResourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown resource");
        problem.setType(URI.create("https://w3id.org/internkg/problem/unknown-resource"));
        problem.setProperty("iri", e.iri());
        return problem;
    }

    /** A query ran past its timeout: the store is busy or the request too broad; the client may retry. */
    @ExceptionHandler
    ProblemDetail timeout(QueryCancelledException e) {
        return StoreProblems.timeout();
    }

    /** The remote store is down or slow: 502 or 504 with the reason; the client may retry. */
    @ExceptionHandler
    ProblemDetail storeUnavailable(StoreUnavailableException e) {
        log.warn("Explorer API: {}", e.getMessage());
        return StoreProblems.unavailable(e);
    }

    /** A bug, not a bad request: logged with its stack trace, answered without internals. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        if (ClientGone.handled(e, log)) {
            return null; // nobody to answer
        }
        log.error("Explorer API request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The explorer could not answer this request; the server log has the details.");
        problem.setTitle("Internal error");
        return problem;
    }
}
