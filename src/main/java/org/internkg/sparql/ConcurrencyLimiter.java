package org.internkg.sparql;

import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.http.HttpStatus;

/**
 * At most {@code max} queries at a time. One more is refused at once (503 with Retry-After) rather than
 * queued: a queue would hold request threads and hide overload from clients that can back off.
 */
final class ConcurrencyLimiter {

    private final Semaphore permits;
    private final long retryAfterSeconds;

    ConcurrencyLimiter(int max, long retryAfterSeconds) {
        this.permits = new Semaphore(max);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** A permit to run one query; close it when the query is done. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    Permit acquire() {
        if (!permits.tryAcquire()) {
            throw new SparqlException(HttpStatus.SERVICE_UNAVAILABLE,
                    "too many queries are running; try again in " + retryAfterSeconds + " s",
                    Map.of("Retry-After", Long.toString(retryAfterSeconds)));
        }
        return permits::release;
    }

    int available() {
        return permits.availablePermits();
    }
}
