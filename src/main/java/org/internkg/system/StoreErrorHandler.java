package org.internkg.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.QueryCancelledException;
import org.internkg.graph.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The store down, slow or too slow for a request, for every controller without an error mapping of its own: 502,
 * 503 or 504 with the reason (problem details under {@code /api/}, plain text elsewhere), never a 500 or a hang.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StoreErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreErrorHandler.class);

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<?> storeUnavailable(StoreUnavailableException e, HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(request, StoreProblems.unavailable(e));
    }

    /** A query past its time limit (a large store's statistics or vocabulary, say): the client may retry later. */
    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<?> timeout(QueryCancelledException e, HttpServletRequest request) {
        log.warn("{} {}: the knowledge base did not answer in time", request.getMethod(), request.getRequestURI());
        return answer(request, StoreProblems.timeout());
    }

    /** The problem as problem details under {@code /api/}, its detail as plain text elsewhere. */
    private static ResponseEntity<?> answer(HttpServletRequest request, ProblemDetail problem) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(problem.getDetail() + "\n");
    }
}
