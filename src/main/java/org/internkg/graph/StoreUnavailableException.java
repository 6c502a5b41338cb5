package org.internkg.graph;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.springframework.http.HttpStatus;

/**
 * The remote store failed to answer: 502 (not reachable, or it answered with an error) or 504 (no answer in time),
 * with a reason a person can act on. Every web error handler maps it the same way; it never becomes a 500.
 */
public class StoreUnavailableException extends RuntimeException {

    private final HttpStatus status;

    StoreUnavailableException(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The failure as users should see it, or {@code null} when {@code e} is not a failure to reach the store. */
    static StoreUnavailableException from(RuntimeException e, String store, java.time.Duration timeout) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException already) {
                return already;
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException || t instanceof ClosedChannelException) {
                return new StoreUnavailableException(HttpStatus.BAD_GATEWAY,
                        "the SPARQL store at " + store + " is not reachable (" + reason(t, "connection refused") + ")", e);
            }
            if (t instanceof HttpTimeoutException) {
                return new StoreUnavailableException(HttpStatus.GATEWAY_TIMEOUT,
                        "the SPARQL store at " + store + " did not answer within " + timeout.toSeconds() + " s", e);
            }
            if (t instanceof java.io.IOException io) {
                return new StoreUnavailableException(HttpStatus.BAD_GATEWAY,
                        "the connection to the SPARQL store at " + store + " failed (" + reason(io, "I/O error") + ")", e);
            }
            int code = t instanceof QueryExceptionHTTP q ? q.getStatusCode() : t instanceof HttpException h ? h.getStatusCode() : -1;
            if (code > 0) {
                HttpStatus status = code == 503 || code == 504 ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
                return new StoreUnavailableException(status, "the SPARQL store at " + store + " answered HTTP " + code
                        + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage())), e);
            }
        }
        return null;
    }

    private static String reason(Throwable t, String fallback) {
        return t.getMessage() == null || t.getMessage().isBlank() ? fallback : firstLine(t.getMessage());
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
