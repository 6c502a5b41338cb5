package org.internkg.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.internkg.format.NotAcceptableException;
import org.internkg.format.UnknownFormatException;
import org.internkg.graph.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The endpoint's one error mapping: a status and a plain-text reason, as the SPARQL protocol expects; never a stack trace. */
@RestControllerAdvice(assignableTypes = SparqlController.class)
class SparqlExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SparqlExceptionHandler.class);
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=utf-8");

    @ExceptionHandler(SparqlException.class)
    ResponseEntity<String> refused(SparqlException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(TEXT);
        e.headers().forEach(answer::header);
        return answer.body(e.getMessage() + "\n");
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<String> storeUnavailable(StoreUnavailableException e) {
        log.warn("SPARQL request: {}", e.getMessage());
        return ResponseEntity.status(e.status()).contentType(TEXT).body(e.getMessage() + "\n");
    }

    @ExceptionHandler(UnknownFormatException.class)
    ResponseEntity<String> unknownFormat(UnknownFormatException e) {
        return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage() + "\n");
    }

    @ExceptionHandler(NotAcceptableException.class)
    ResponseEntity<String> notAcceptable(NotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(TEXT).body(e.getMessage() + "\n");
    }

    /** Anything else: 500 with no detail; a failure after the answer started goes on to the container (closes the connection). */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e, HttpServletResponse response) {
        if (e instanceof ResponseAbortedException || response.isCommitted()) {
            log.warn("SPARQL answer aborted: {}", e.getMessage());
            throw e;
        }
        log.error("SPARQL request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(TEXT).body("internal error\n");
    }
}
