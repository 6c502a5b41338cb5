package org.internkg.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
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
 * The remote store down or slow, for every controller without an error mapping of its own: 502 or 504 with the
 * reason (problem details under {@code /api/}, plain text elsewhere), never a 500 or a hang.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StoreErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreErrorHandler.class);

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<?> storeUnavailable(StoreUnavailableException e, HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
            problem.setTitle("Knowledge base unavailable");
            return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(e.status()).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(e.getMessage() + "\n");
    }
}
