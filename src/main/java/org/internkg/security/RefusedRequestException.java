package org.internkg.security;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** A write request refused with a status, a reason for the client and extra headers ({@code WWW-Authenticate}, {@code Allow}). */
public class RefusedRequestException extends RuntimeException {

    private final HttpStatus status;
    private final transient Map<String, String> headers;

    public RefusedRequestException(HttpStatus status, String message) {
        this(status, message, Map.of());
    }

    public RefusedRequestException(HttpStatus status, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
