package org.internkg.sparql;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the endpoint refuses, with the HTTP status and a message for the client (sent as plain text, as
 * the SPARQL protocol expects). The one error type of this package; {@link SparqlExceptionHandler} maps it.
 */
public class SparqlException extends RuntimeException {

    private final HttpStatus status;
    private final transient Map<String, String> headers;

    public SparqlException(HttpStatus status, String message) {
        this(status, message, Map.of());
    }

    public SparqlException(HttpStatus status, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static SparqlException badRequest(String message) {
        return new SparqlException(HttpStatus.BAD_REQUEST, message);
    }

    public HttpStatus status() {
        return status;
    }

    /** Extra response headers, such as {@code Retry-After} or {@code Allow}. */
    public Map<String, String> headers() {
        return headers;
    }
}
