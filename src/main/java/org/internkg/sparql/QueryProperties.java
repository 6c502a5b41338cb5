package org.internkg.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Limits of the public SPARQL endpoint; every query is bounded by all of them.
 *
 * @param timeout        wall-clock limit of one query, from the start of execution to the last result written
 *                       (default 10s); a query that runs out before its first byte gets 503, one that runs out
 *                       while streaming has its connection closed mid-response
 * @param maxLength      longest query text accepted, in characters (default 100000); longer is 413
 * @param maxRows        most solutions a query returns (default 100000): the server applies
 *                       {@code LIMIT maxRows} to every query whose own LIMIT is absent or larger, so a result
 *                       that reaches exactly this many rows may have been cut
 * @param maxConcurrent  ordinary queries run at the same time (default two a core: a query's request also waits on
 *                       parsing, the network and writing, so one a core left the cores idle at 16 clients)
 * @param queueCapacity  queries that may wait for an ordinary slot (default 32); one more is 503 with Retry-After
 * @param queueWait      longest wait for an ordinary slot (default 3s); a query still waiting then is 503
 * @param slowAfter      a query still running after this long (default 1s) moves to the slow pool and frees its
 *                       ordinary slot, so short queries keep flowing behind it
 * @param slowConcurrent queries the slow pool runs at once (default 1); a query that would need a slow slot when
 *                       none is free is stopped with 503 and Retry-After
 * @param maxDepth       deepest nesting of brackets a query may have (default 64), checked on the text before parsing
 * @param maxPathLength  longest chain of path steps or operators in one pattern or expression (default 64),
 *                       checked on the text before parsing
 * @param warmLabels     read the {@code rdfs:label} statements into memory in the background once the server is ready
 *                       (default true), so that the first label filter on a large store is answered from them
 *                       instead of scanning it (about 125 MB and half a minute of one core at 10M triples)
 */
@ConfigurationProperties("internkg.query")
public record QueryProperties(Duration timeout, Integer maxLength, Long maxRows, Integer maxConcurrent,
                              Integer queueCapacity, Duration queueWait, Duration slowAfter, Integer slowConcurrent,
                              Integer maxDepth, Integer maxPathLength, Boolean warmLabels) {

    @ConstructorBinding
    public QueryProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxLength = maxLength == null ? 100_000 : maxLength;
        maxRows = maxRows == null ? 100_000L : maxRows;
        maxConcurrent = maxConcurrent == null ? 2 * Runtime.getRuntime().availableProcessors() : maxConcurrent;
        queueCapacity = queueCapacity == null ? 32 : queueCapacity;
        queueWait = queueWait == null ? Duration.ofSeconds(3) : queueWait;
        slowAfter = slowAfter == null ? Duration.ofSeconds(1) : slowAfter;
        slowConcurrent = slowConcurrent == null ? 1 : slowConcurrent;
        maxDepth = maxDepth == null ? 64 : maxDepth;
        maxPathLength = maxPathLength == null ? 64 : maxPathLength;
        warmLabels = warmLabels == null || warmLabels;
        if (timeout.isNegative() || timeout.isZero() || maxLength < 1 || maxRows < 1 || maxConcurrent < 1
                || queueCapacity < 0 || queueWait.isNegative() || slowAfter.isNegative() || slowAfter.isZero()
                || slowConcurrent < 1 || maxDepth < 1 || maxPathLength < 1) {
            throw new IllegalArgumentException("internkg.query.* limits must be positive");
        }
    }

    /** The given basic limits with every other limit at its default (tests and the CLI). */
    public QueryProperties(Duration timeout, Integer maxLength, Long maxRows, Integer maxConcurrent) {
        this(timeout, maxLength, maxRows, maxConcurrent, null, null, null, null, null, null, null);
    }
}
