package org.internkg.sparql;

/**
 * The answer failed after part of it was sent. Deliberately not handled: it reaches the servlet container,
 * which closes the connection without the final chunk, so a client sees a truncated response instead of a
 * well-formed but incomplete result.
 */
class ResponseAbortedException extends RuntimeException {

    ResponseAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
