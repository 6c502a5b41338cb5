package org.internkg.sparql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;

/**
 * Schedules queries on a small machine: {@code ordinary} run at once; more wait in a short queue (bounded in
 * length and time) rather than fail; a query still running after {@code slowAfter} moves to the slow pool of
 * {@code slow} places when one is free and frees its ordinary place, so one heavy query cannot hold up the quick
 * ones. A running query is never stopped here (the query timeout bounds it): a full queue and a wait that runs
 * out are answered 503 with {@code Retry-After}, before any work is done.
 */
final class ConcurrencyLimiter implements AutoCloseable {

    private final Semaphore ordinary;
    private final Semaphore slow;
    private final int queueCapacity;
    private final Duration queueWait;
    private final Duration slowAfter;
    private final long retryAfterSeconds;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ScheduledThreadPoolExecutor timer = slowQueryTimer();

    /** Every query schedules its promotion and nearly all cancel it: cancelled ones leave the queue at once. */
    private static ScheduledThreadPoolExecutor slowQueryTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "sparql-slow-query-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    ConcurrencyLimiter(int ordinary, int queueCapacity, Duration queueWait, int slow, Duration slowAfter, long retryAfterSeconds) {
        this.ordinary = new Semaphore(ordinary, true);
        this.slow = new Semaphore(slow);
        this.queueCapacity = queueCapacity;
        this.queueWait = queueWait;
        this.slowAfter = slowAfter;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Without a queue and with a slow pool that nothing reaches: exactly {@code max} at once. */
    ConcurrencyLimiter(int max, long retryAfterSeconds) {
        this(max, 0, Duration.ZERO, 1, Duration.ofDays(1), retryAfterSeconds);
    }

    static ConcurrencyLimiter of(QueryProperties limits) {
        return new ConcurrencyLimiter(limits.maxConcurrent(), limits.queueCapacity(), limits.queueWait(),
                limits.slowConcurrent(), limits.slowAfter(), limits.timeout().toSeconds());
    }

    /** A place to run one query; close it when the query is done. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits briefly for an ordinary place; a full queue or a wait that runs out is 503 with Retry-After. */
    Permit acquire() {
        if (!ordinary.tryAcquire()) {
            if (waiting.incrementAndGet() > queueCapacity) {
                waiting.decrementAndGet();
                throw busy("too many queries are waiting");
            }
            try {
                if (!ordinary.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy("no query slot became free within " + queueWait.toMillis() + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy("interrupted while waiting for a query slot");
            } finally {
                waiting.decrementAndGet();
            }
        }
        return new Running();
    }

    SparqlException busy(String why) {
        return new SparqlException(HttpStatus.SERVICE_UNAVAILABLE, why + "; try again in " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    int available() {
        return ordinary.availablePermits();
    }

    int slowAvailable() {
        return slow.availablePermits();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /**
     * One running query: holds an ordinary place, then (once slow, if a slow place is free) a slow place instead.
     * A slow query that finds the slow pool full keeps its ordinary place and asks again after {@code slowAfter}:
     * stopping it would throw its work away (and answer 503 to a client that is alone on the server); new queries
     * wait in the queue instead, which is where the limit is applied.
     */
    private final class Running implements Permit {

        private enum State { ORDINARY, SLOW, DONE }

        private State state = State.ORDINARY;
        private ScheduledFuture<?> promotion;

        Running() {
            synchronized (this) {
                promotion = timer.schedule(this::turnSlow, slowAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private synchronized void turnSlow() {
            if (state != State.ORDINARY) {
                return;
            }
            if (slow.tryAcquire()) {
                state = State.SLOW;
                ordinary.release();
            } else {
                promotion = timer.schedule(this::turnSlow, slowAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public synchronized void close() {
            promotion.cancel(false);
            switch (state) {
                case ORDINARY -> ordinary.release();
                case SLOW -> slow.release();
                default -> {
                }
            }
            state = State.DONE;
        }
    }
}
